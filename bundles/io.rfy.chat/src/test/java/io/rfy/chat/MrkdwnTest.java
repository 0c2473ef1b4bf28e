package io.rfy.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.rfy.store.json.JsonTree;
import io.rfy.testsupport.Samples;

/** mrkdwn and rich-text blocks to CommonMark, checked by rendering the result as CommonMark does. */
class MrkdwnTest {

    private final Map<String, SlackUser> users = Map.of("U1", new SlackUser("U1", "belskikh", "Александр Бельских", false));
    private final Mrkdwn mrkdwn = new Mrkdwn(users, Map.of("C1", "general"));
    private final RichText rich = new RichText(users, Map.of("C1", "general"));

    private static String html(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)).strip();
    }

    @Test
    void inlineMarkup() {
        assertEquals("**bold** *italic* ~~strike~~ `a_b*c`\n", mrkdwn.toMarkdown("*bold* _italic_ ~strike~ `a_b*c`"));
        assertEquals("<p><strong>bold</strong> <em>italic</em> <code>a_b*c</code></p>",
                html(mrkdwn.toMarkdown("*bold* _italic_ `a_b*c`")));
        // not markup in Slack either: inside words, around spaces, unpaired
        assertEquals("<p>snake_case_name 2*3*4 a * b and *half</p>", html(mrkdwn.toMarkdown("snake_case_name 2*3*4 a * b and *half")));
        assertEquals("~~***all***~~\n", mrkdwn.toMarkdown("~*_all_*~"));
    }

    @Test
    void linksPeopleChannelsAndEntities() {
        assertEquals("[Оригинал статьи](https://arxiv.org/abs/2005.00341) :: <https://github.com/openai/jukebox>\n",
                mrkdwn.toMarkdown("<https://arxiv.org/abs/2005.00341|Оригинал статьи> :: <https://github.com/openai/jukebox>"));
        assertEquals("Александр Бельских and @U2 in #general, #random, @here\n",
                mrkdwn.toMarkdown("<@U1> and <@U2> in <#C1>, <#C2|random>, <!here>"));
        assertEquals("<p>a &lt; b &amp;&amp; c &gt; d &lt;tag&gt;</p>", html(mrkdwn.toMarkdown("a &lt; b &amp;&amp; c &gt; d &lt;tag&gt;")));
        // an underscore in a URL is not italics, a label keeps its formatting
        assertEquals("[**see**](https://x.org/a_b_c)\n", mrkdwn.toMarkdown("<https://x.org/a_b_c|*see*>"));
        assertEquals("<p><a href=\"https://x.org/a_b_c\">https://x.org/a_b_c</a></p>", html(mrkdwn.toMarkdown("<https://x.org/a_b_c>")));
    }

    @Test
    void blocksOfLines() {
        String md = mrkdwn.toMarkdown("Список:\n• один\n• два\n&gt; цитата\n```\nif a &lt; b:\n    *x* = 1\n```\n# не заголовок");
        assertEquals("Список:\n- один\n- два\n> цитата\n```\nif a < b:\n    *x* = 1\n```\n\\# не заголовок\n", md);
        String html = html(md);
        assertTrue(html.contains("<li>один</li>") && html.contains("<blockquote>") && html.contains("if a &lt; b:\n    *x* = 1")
                && html.contains("<p># не заголовок</p>"), html);
    }

    @Test
    void richTextBlocks() {
        List<?> blocks = List.of(Map.of("type", "rich_text", "elements", List.of(
                Map.of("type", "rich_text_section", "elements", List.of(
                        Map.of("type", "text", "text", "Jukebox", "style", Map.of("bold", true)),
                        Map.of("type", "text", "text", " от "),
                        Map.of("type", "user", "user_id", "U1"),
                        Map.of("type", "text", "text", ": "),
                        Map.of("type", "link", "url", "https://openai.com/blog/jukebox/", "text", "Blog"),
                        Map.of("type", "emoji", "name", "fire", "unicode", "1f525"))),
                Map.of("type", "rich_text_list", "style", "ordered", "elements", List.of(
                        Map.of("type", "rich_text_section", "elements", List.of(Map.of("type", "text", "text", "one"))),
                        Map.of("type", "rich_text_section", "elements", List.of(Map.of("type", "text", "text", "a*b"))))),
                Map.of("type", "rich_text_preformatted", "elements", List.of(Map.of("type", "text", "text", "x < y"))),
                Map.of("type", "rich_text_quote", "elements", List.of(Map.of("type", "text", "text", "said"))))));
        assertEquals("**Jukebox** от Александр Бельских: [Blog](https://openai.com/blog/jukebox/)\uD83D\uDD25\n\n"
                + "1. one\n2. a\\*b\n\n```\nx < y\n```\n\n> said\n", rich.toMarkdown(blocks));
    }

    /** Zulip's fixtures of real messages: the blocks and the text say the same, so both ways give the same HTML. */
    @Test
    void realMessagesTextAndBlocksAgree() throws Exception {
        Path dir = Samples.repository().resolve("../shared/testdata/slack/zulip-slack-fixtures/exported_messages_fixtures");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no " + dir + ": skipped (shared test data not present)");
        // channels.json names the channels; blocks give only their ids
        Map<String, String> channels = Map.of("C079A3FA12P", "random", "C0AHX20ADQQ", "rich-text-blocks", "C06P6T3QGD7",
                "general");
        Mrkdwn m = new Mrkdwn(Map.of(), channels);
        RichText r = new RichText(Map.of(), channels);
        for (String name : List.of("message_with_basic_formatting", "message_with_links", "message_with_code_block",
                "message_with_user_mentions", "message_with_channel_mentions")) {
            Map<?, ?> message = (Map<?, ?>) JsonTree.parse(Files.readString(dir.resolve(name + ".json"), StandardCharsets.UTF_8),
                    name);
            String fromText = m.toMarkdown((String) message.get("text"));
            String fromBlocks = r.toMarkdown((List<?>) message.get("blocks"));
            assertEquals(html(fromText).replaceAll("\\s+", " ").replace("</p> <p>", " "),
                    html(fromBlocks).replaceAll("\\s+", " ").replace("</p> <p>", " "), name + "\ntext: " + fromText
                            + "\nblocks: " + fromBlocks);
        }
    }

    /** Found by SlackDayFileFuzzTest: a message holding the placeholders' characters made the import fail (exit 70). */
    @Test
    void privateUseCharactersAreText() {
        assertEquals("a \uE0000\uE001 **b** \uE001\uE000\n", mrkdwn.toMarkdown("a \uE0000\uE001 *b* \uE001\uE000"));
        assertEquals("\uE0005\uE001 `x`\n", mrkdwn.toMarkdown("\uE0005\uE001 `x`"));
        // in rich text, what follows one is escaped all the same
        assertEquals("\uE000\\<b> \\*x\\*", Mrkdwn.escape("\uE000<b> *x*"));
    }

    /** A code span in a link's label is kept in the label (it failed the same way: its placeholder was looked up in the label's list). */
    @Test
    void codeInALinkLabel() {
        assertEquals("[see `code` **now**](https://example.org/a)\n", mrkdwn.toMarkdown("<https://example.org/a|see `code` *now*>"));
        assertEquals("<p><a href=\"https://example.org/a\">see <code>code</code></a></p>",
                html(mrkdwn.toMarkdown("<https://example.org/a|see `code`>")));
    }
}
