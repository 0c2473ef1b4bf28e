package io.rfy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.rfy.model.CorpusDocument;
import io.rfy.store.json.JsonTree;
import io.rfy.testsupport.Samples;

/** Full-account Telegram Desktop exports ({@code result.json} with {@code chats.list}), from ../shared/testdata/telegram. */
class TelegramFullExportTest {

    private static Path telegram(String name) {
        Path p = Samples.repository().resolve("../shared/testdata/telegram").resolve(name).normalize();
        Assumptions.assumeTrue(Files.exists(p), "no " + p + ": skipped (shared test data not present)");
        return p;
    }

    @Test
    void readAsOneDocumentWithEveryChatsPosts() throws IOException {
        CorpusDocument doc = CorpusReader.read(telegram("chat-analytics_MultiChat_2C_6M.result.json"));
        assertEquals("Telegram export of 2 chat(s)", doc.getTitle());
        assertTrue(doc.getItems().size() >= 4, doc.getItems().size() + " posts");
    }

    @Test
    void addedAsOneDocumentPerChat(@TempDir Path ws) throws IOException {
        Path export = telegram("chat-analytics_MultiChat_2C_6M.result.json");
        List<String> written = CorpusFiles.add(List.of(export), ws);
        assertEquals(List.of("corpus/chat-analytics_MultiChat_2C_6M.result-700000001.json",
                "corpus/chat-analytics_MultiChat_2C_6M.result-700000002.json"), written);
        CorpusDocument one = CorpusReader.read(ws.resolve(written.get(0)));
        CorpusDocument two = CorpusReader.read(ws.resolve(written.get(1)));
        assertEquals("Chat One", one.getTitle());
        assertEquals("Chat Two", two.getTitle());
        assertEquals(CorpusReader.read(export).getItems().size(), one.getItems().size() + two.getItems().size());
        // each chat is taken over as the export wrote it
        String original = Files.readString(export, StandardCharsets.UTF_8);
        String chatTwo = Files.readString(ws.resolve(written.get(1)), StandardCharsets.UTF_8).strip();
        assertTrue(chatTwo.startsWith("{") && chatTwo.contains("\"name\": \"Chat Two\"") && original.contains(chatTwo));
        // again: nothing new
        assertEquals(List.of(), CorpusFiles.add(List.of(export), ws));
    }

    @Test
    void oneChatPicked(@TempDir Path ws) throws IOException {
        Path export = telegram("chat-analytics_MultiChat_2C_6M.result.json");
        assertEquals(List.of("corpus/chat-analytics_MultiChat_2C_6M.result-700000002.json"),
                CorpusFiles.add(List.of(export), ws, "chat two"));
        IOException e = assertThrows(IOException.class, () -> CorpusFiles.add(List.of(export), ws, "Chat Three"));
        assertTrue(e.getMessage().contains("no chat 'Chat Three' in this export (it has: Chat One [700000001], Chat Two"
                + " [700000002])"), e.getMessage());
    }

    @Test
    void singleChatExportsStayOneFile(@TempDir Path ws) throws IOException {
        Path dm = telegram("chat-analytics_DM_2A_7M.result.json");
        Path group = telegram("roboteam_telegram-json-ui_Test2022.result.json");
        assertEquals(List.of("corpus/chat-analytics_DM_2A_7M.result.json", "corpus/roboteam_telegram-json-ui_Test2022.result.json"),
                CorpusFiles.add(List.of(dm, group), ws));
        assertEquals(Files.readString(dm), Files.readString(ws.resolve("corpus/chat-analytics_DM_2A_7M.result.json")));
    }

    @Test
    void spansOfAnArray() throws IOException {
        String json = "{\"a\": [1, {\"b\": [2]}], \"chats\": {\"list\": [ {\"x\": [3]} , \"s\" ]}}";
        List<int[]> spans = JsonTree.elementSpans(json, "t.json", "chats", "list");
        assertEquals(2, spans.size());
        assertEquals("{\"x\": [3]}", json.substring(spans.get(0)[0], spans.get(0)[1]));
        assertEquals("\"s\"", json.substring(spans.get(1)[0], spans.get(1)[1]));
        assertThrows(IOException.class, () -> JsonTree.elementSpans("{\"chats\": {\"list\": [1,]}}", "t.json", "chats", "list"));
    }
}
