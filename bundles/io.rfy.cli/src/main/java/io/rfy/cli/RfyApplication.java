package io.rfy.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** Equinox application io.rfy.cli.rfy: runs {@link Rfy} and returns its exit code. */
public class RfyApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		CliMessages.use(CliLanguage.of(System.getenv()));
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		int code = new Rfy(System.out, System.err).run(args == null ? new String[0] : args);
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// run() is synchronous and short: nothing to interrupt
	}
}
