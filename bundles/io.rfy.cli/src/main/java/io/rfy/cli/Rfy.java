package io.rfy.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The rfy command line: parses the arguments and dispatches to a command. Plain Java (no OSGi needed),
 * so it runs in plain JUnit tests; {@link RfyApplication} runs it inside Equinox.
 */
public final class Rfy {

	public static final int EXIT_OK = 0;
	/** Wrong usage: unknown command or option, missing argument. */
	public static final int EXIT_USAGE = 2;

	static final String VERSION = "0.1.0";

	private final PrintStream out;
	private final PrintStream err;

	public Rfy(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs one command line and returns the process exit code. */
	public int run(String... args) {
		List<String> argv = Arrays.asList(args);
		if (argv.isEmpty()) {
			err.print(usage());
			return EXIT_USAGE;
		}
		String command = argv.get(0);
		switch (command) {
		case "--version":
		case "version":
			out.println("rfy " + version());
			return EXIT_OK;
		case "--help":
		case "-h":
		case "help":
			out.print(usage());
			return EXIT_OK;
		default:
			err.println("rfy: unknown command '" + command + "' (try 'rfy --help')");
			return EXIT_USAGE;
		}
	}

	static String usage() {
		return String.join(System.lineSeparator(),
				"Usage: rfy <command> [options]",
				"",
				"Commands:",
				"  --version      print the version and exit",
				"  --help         print this help and exit",
				"  gui [args]     start the RFY Workbench (handled by the rfy launcher script)",
				"",
				"Exit codes: 0 success, 2 wrong usage.",
				"");
	}

	/** "0.1.0", plus the build qualifier when running as an OSGi bundle. */
	static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Rfy.class);
		if (bundle == null || bundle.getVersion().getQualifier().isEmpty()) {
			return VERSION;
		}
		return VERSION + " (build " + bundle.getVersion().getQualifier() + ")";
	}
}
