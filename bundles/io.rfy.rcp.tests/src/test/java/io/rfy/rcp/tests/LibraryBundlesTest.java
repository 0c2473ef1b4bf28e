package io.rfy.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Headless OSGi test: the YAML and Markdown libraries of the target resolve and work as bundles. */
class LibraryBundlesTest {

	@Test
	void snakeyamlLoadsFrontMatter() {
		Map<String, Object> map = new Yaml().load("id: belskikh\nname: Александр\n");
		assertEquals("belskikh", map.get("id"));
	}

	@Test
	void commonmarkRendersGfmTablesAndStrikethrough() {
		List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create());
		Parser parser = Parser.builder().extensions(extensions).build();
		String html = HtmlRenderer.builder().extensions(extensions).build()
				.render(parser.parse("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n"));
		assertTrue(html.contains("<table>") && html.contains("<del>2</del>"), html);
	}
}
