package io.rfy.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.rfy.cli.Rfy;

/** Headless OSGi test: io.rfy.cli resolves and registers the io.rfy.cli.rfy application. */
class CliBundleTest {

	@Test
	void cliBundleResolves() {
		Bundle bundle = Platform.getBundle("io.rfy.cli");
		assertNotNull(bundle, "io.rfy.cli is installed");
		assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
				() -> "io.rfy.cli state " + bundle.getState());
	}

	@Test
	void applicationIsRegistered() {
		IExtension app = Platform.getExtensionRegistry().getExtension(Platform.PI_RUNTIME, Platform.PT_APPLICATIONS,
				"io.rfy.cli.rfy");
		assertNotNull(app, "application io.rfy.cli.rfy");
		IConfigurationElement run = app.getConfigurationElements()[0].getChildren("run")[0];
		assertEquals("io.rfy.cli.RfyApplication", run.getAttribute("class"));
	}

	@Test
	void versionCarriesTheBuildQualifierInsideOsgi() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(0, new Rfy(ps, ps).run("--version"));
		assertTrue(out.toString(StandardCharsets.UTF_8).matches("rfy 0\\.1\\.0 \\(build \\S+\\)\\R"), out::toString);
	}
}
