import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/**
 * Checks unpacked product archives, each against the platform it is for (run by check-products.sh, with the
 * framework jar on the class path for its OSGi filter parser):
 * every bundle with an Eclipse-PlatformFilter matches the platform (so nothing of another desktop is in it);
 * the platform's SWT and file system fragments are there; the launchers are the platform's (rfy for Linux
 * and macOS, rfy.cmd and rfy-gui.cmd for Windows, nothing of the others) and the Equinox launcher jar they
 * name exists exactly once and is a launcher; on macOS the workbench starts with -XstartOnFirstThread;
 * the sample data rfy demo needs is there.
 * Usage: java -cp org.eclipse.osgi.jar CheckProduct.java (<product folder> <os> <ws> <arch>)...
 */
public class CheckProduct {

    /** What the launcher scripts start: plugins/org.eclipse.equinox.launcher_*.jar (a / or a \ as separator). */
    private static final Pattern LAUNCHER_JAR = Pattern.compile("plugins[/\\\\](org\\.eclipse\\.equinox\\.launcher_)\\*\\.jar");

    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        boolean failed = false;
        for (int i = 0; i + 3 < args.length; i += 4) {
            String platform = args[i + 1] + "." + args[i + 2] + "." + args[i + 3];
            CheckProduct check = new CheckProduct();
            String summary = check.run(Path.of(args[i]), args[i + 1], args[i + 2], args[i + 3]);
            check.failures.forEach(f -> System.err.println("check-products: " + platform + ": " + f));
            failed |= !check.failures.isEmpty();
            if (check.failures.isEmpty()) {
                System.out.println("check-products: " + platform + ": OK, " + summary);
            }
        }
        System.exit(failed ? 1 : 0);
    }

    String run(Path product, String os, String ws, String arch) throws IOException, InvalidSyntaxException {
        Map<String, String> platform = Map.of("osgi.os", os, "osgi.ws", ws, "osgi.arch", arch);
        List<String> native_ = new ArrayList<>();
        boolean swt = false;
        boolean filesystem = false;
        int bundles = 0;
        try (Stream<Path> s = Files.list(product.resolve("plugins"))) {
            for (Path bundle : s.sorted().toList()) {
                Manifest manifest = manifest(bundle);
                if (manifest == null) {
                    continue;
                }
                bundles++;
                String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                String filter = manifest.getMainAttributes().getValue("Eclipse-PlatformFilter");
                String host = manifest.getMainAttributes().getValue("Fragment-Host");
                if (filter == null) {
                    continue;
                }
                native_.add(name == null ? bundle.getFileName().toString() : name.split(";")[0].trim());
                Filter f = FrameworkUtil.createFilter(filter);
                if (!f.matches(platform)) {
                    failures.add("holds " + bundle.getFileName() + ", which is for " + filter);
                    continue;
                }
                swt |= host != null && host.startsWith("org.eclipse.swt;");
                filesystem |= host != null && host.startsWith("org.eclipse.core.filesystem;");
                if (name == null) {
                    failures.add(bundle.getFileName() + " has no Bundle-SymbolicName");
                }
            }
        }
        if (!swt) {
            failures.add("no SWT fragment for the platform");
        }
        if (!filesystem) {
            failures.add("no org.eclipse.core.filesystem fragment for the platform");
        }

        if (!Files.isDirectory(product.resolve("examples/sample-ws")) || !Files.isDirectory(product.resolve("seeds"))) {
            failures.add("no sample data (examples/sample-ws, seeds/) for rfy demo");
        }
        boolean windows = os.equals("win32");
        List<String> launchers = windows ? List.of("rfy.cmd", "rfy-gui.cmd") : List.of("rfy");
        List<String> others = windows ? List.of("rfy") : List.of("rfy.cmd", "rfy-gui.cmd");
        for (String other : others) {
            if (Files.exists(product.resolve(other))) {
                failures.add("holds the launcher of another platform: " + other);
            }
        }
        String launcherJar = null;
        for (String name : launchers) {
            Path script = product.resolve(name);
            if (!Files.isRegularFile(script)) {
                failures.add("no launcher " + name);
                continue;
            }
            String text = Files.readString(script, StandardCharsets.UTF_8);
            if (windows) {
                if (text.replace("\r\n", "").contains("\n")) {
                    failures.add(name + " has lines not ended by CRLF");
                }
            } else if (!Files.getPosixFilePermissions(script).contains(PosixFilePermission.OWNER_EXECUTE)) {
                failures.add(name + " is not executable");
            }
            if (name.equals("rfy-gui.cmd")) {
                if (!text.contains("rfy.cmd\" gui")) {
                    failures.add("rfy-gui.cmd does not start rfy.cmd gui");
                }
                continue;
            }
            Matcher m = LAUNCHER_JAR.matcher(text);
            if (!m.find()) {
                failures.add(name + " names no plugins/org.eclipse.equinox.launcher_*.jar");
                continue;
            }
            launcherJar = launcherJar(product, m.group(1));
            if (!text.contains("io.rfy.cli.rfy") || !text.contains("io.rfy.rcp.workbench")) {
                failures.add(name + " does not start both applications (io.rfy.cli.rfy, io.rfy.rcp.workbench)");
            }
            // the one rfy script serves Linux and macOS and adds the option when it runs on macOS
            if (os.equals("macosx") && !text.contains("-XstartOnFirstThread")) {
                failures.add(name + " lacks -XstartOnFirstThread");
            }
        }
        return bundles + " bundles, platform fragments " + String.join(" ", native_) + ", launchers "
                + String.join(" ", launchers) + " -> " + launcherJar;
    }

    /** The one jar the launcher's pattern matches, which must be the Equinox launcher (its Main-Class). */
    private String launcherJar(Path product, String prefix) throws IOException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(product.resolve("plugins"))) {
            jars = s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".jar")).toList();
        }
        if (jars.size() != 1) {
            failures.add("the launcher pattern plugins/" + prefix + "*.jar matches " + jars.size() + " jars: " + jars);
            return null;
        }
        Manifest manifest = manifest(jars.get(0));
        String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
        if (!"org.eclipse.equinox.launcher.Main".equals(main)) {
            failures.add(jars.get(0).getFileName() + " is not the Equinox launcher (Main-Class " + main + ")");
        }
        return jars.get(0).getFileName().toString();
    }

    /** A bundle's manifest, from a jar or an unpacked bundle folder; null for anything else. */
    private static Manifest manifest(Path bundle) throws IOException {
        if (Files.isDirectory(bundle)) {
            Path mf = bundle.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(mf)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(mf)) {
                return new Manifest(in);
            }
        }
        if (!bundle.getFileName().toString().endsWith(".jar")) {
            return null;
        }
        try (JarFile jar = new JarFile(bundle.toFile())) {
            return jar.getManifest();
        }
    }
}
