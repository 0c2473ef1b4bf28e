package io.rfy.testsupport;

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
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that plays the metadata services from recorded answers: each request (path and query, exactly
 * as sent) gets the answer set for it, else 404. It keeps what it was asked, with the User-Agent and the time.
 * Answers may be a status with headers (429 with Retry-After), any body (malformed XML), or a hang that never
 * answers until the server is closed.
 */
public final class RecordedServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String pathAndQuery, String userAgent, long nanoTime) {
    }

    private record Answer(int status, Map<String, String> headers, byte[] body, boolean hang) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public RecordedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** {@code http://127.0.0.1:<port>} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public RecordedServer answer(String pathAndQuery, int status, String contentType, String body) {
        answers.put(pathAndQuery, new Answer(status, Map.of("Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8), false));
        return this;
    }

    public RecordedServer answer(String pathAndQuery, int status, Map<String, String> headers, String body) {
        answers.put(pathAndQuery, new Answer(status, headers, body.getBytes(StandardCharsets.UTF_8), false));
        return this;
    }

    public RecordedServer answerFile(String pathAndQuery, String contentType, Path file) {
        try {
            answers.put(pathAndQuery, new Answer(200, Map.of("Content-Type", contentType), Files.readAllBytes(file), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The request is taken and never answered (until the server closes). */
    public RecordedServer hang(String pathAndQuery) {
        answers.put(pathAndQuery, new Answer(0, Map.of(), new byte[0], true));
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(target, exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        Answer answer = answers.get(target);
        try (exchange) {
            if (answer == null) {
                byte[] body = ("no recorded answer for " + target).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (answer.hang()) {
                closing.await(60, TimeUnit.SECONDS);
                return;
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
