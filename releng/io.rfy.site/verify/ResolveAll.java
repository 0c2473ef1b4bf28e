import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs every bundle of an Eclipse installation's plugins/ folder into a fresh Equinox framework and resolves
 * them all, as the OSGi resolver would at start-up: p2's planner (the director) only checks the requirements it
 * knows as metadata, this checks the manifests themselves (imports, required bundles, fragments, the execution
 * environment). Prints each bundle that does not resolve with Equinox's reason; exit code 1 if there is one.
 * Run with org.eclipse.osgi on the class path: java -cp plugins/org.eclipse.osgi_*.jar ResolveAll.java <install>
 */
public class ResolveAll {

    public static void main(String[] args) throws Exception {
        Path plugins = Path.of(args[0], "plugins");
        Path storage = Files.createTempDirectory("resolve-all-");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // the platform filters of native fragments (SWT, launcher, file system) are written against these
        config.put("osgi.os", "linux");
        config.put("osgi.ws", "gtk");
        config.put("osgi.arch", "x86_64");
        config.put("osgi.nl", "en_US");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.init();
        List<Bundle> installed = new ArrayList<>();
        try (Stream<Path> list = Files.list(plugins)) {
            for (Path p : list.sorted().toList()) {
                if (p.getFileName().toString().startsWith("org.eclipse.osgi_")) {
                    continue; // the framework itself: the system bundle
                }
                installed.add(framework.getBundleContext().installBundle("reference:" + p.toUri()));
            }
        }
        framework.adapt(FrameworkWiring.class).resolveBundles(installed);
        int unresolved = 0;
        installed.sort(Comparator.comparing(Bundle::getSymbolicName));
        for (Bundle b : installed) {
            if (b.getState() != Bundle.INSTALLED) {
                continue;
            }
            unresolved++;
            String reason;
            try {
                // start() on an unresolvable bundle throws with the resolver's explanation
                b.start(Bundle.START_TRANSIENT);
                reason = "resolved only when started";
            } catch (BundleException e) {
                reason = e.getMessage();
            }
            System.out.println("UNRESOLVED " + b.getSymbolicName() + " " + b.getVersion() + ": " + reason);
        }
        long ours = installed.stream().filter(b -> b.getSymbolicName().startsWith("io.rfy.")).count();
        System.out.println(installed.size() + " bundles installed (" + ours + " io.rfy.*), " + unresolved + " unresolved");
        framework.stop();
        framework.waitForStop(10_000);
        System.exit(unresolved == 0 ? 0 : 1);
    }
}
