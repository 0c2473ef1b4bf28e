package io.rfy.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server playing the metadata services for the UI tests: each path and query gets the answer set for it
 * (a recorded file, a status with headers, or a hang until the server closes), else 404; it keeps what it was asked.
 * (The plain tests' RecordedServer lives in their shared source folder, which test bundles do not compile.)
 */
final class RecordedAnswers implements AutoCloseable {

    private record Answer(int status, Map<String, String> headers, byte[] body, boolean hang) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    RecordedAnswers() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "recorded-answers");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /**
     * Points the IDE's metadata lookup at this server: {@code MetadataServices} reads a system property before the
     * environment variable of the same name. {@link #close} clears them again (and a time limit a test set).
     */
    RecordedAnswers forTheIde() {
        System.setProperty("RFY_ARXIV_API", url("/arxiv"));
        System.setProperty("RFY_OPENALEX_API", url("/openalex"));
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    RecordedAnswers answerFile(String pathAndQuery, String contentType, Path file) throws IOException {
        answers.put(pathAndQuery, new Answer(200, Map.of("Content-Type", contentType), Files.readAllBytes(file), false));
        return this;
    }

    RecordedAnswers answer(String pathAndQuery, int status, Map<String, String> headers, String body) {
        answers.put(pathAndQuery, new Answer(status, headers, body.getBytes(StandardCharsets.UTF_8), false));
        return this;
    }

    RecordedAnswers hang(String pathAndQuery) {
        answers.put(pathAndQuery, new Answer(0, Map.of(), new byte[0], true));
        return this;
    }

    /** The paths and queries asked, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange x) throws IOException {
        String asked = x.getRequestURI().getRawPath()
                + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        requests.add(asked);
        Answer a = answers.get(asked);
        if (a == null) {
            a = new Answer(404, Map.of("Content-Type", "text/plain"), "not recorded".getBytes(StandardCharsets.UTF_8), false);
        }
        if (a.hang()) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
            return;
        }
        a.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
        x.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(a.body());
        }
    }

    @Override
    public void close() {
        List.of("RFY_ARXIV_API", "RFY_OPENALEX_API", "RFY_METADATA_TIMEOUT").forEach(System::clearProperty);
        closing.countDown();
        server.stop(0);
    }
}
