package io.rfy.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal local HTTP/1.1 server for the link-check benchmark: every answer comes after a fixed delay,
 * {@code /dead/...} answers 404, anything else 200; connections are kept alive. Written on a plain socket so the
 * benchmark needs no JDK-internal server inside OSGi.
 */
public final class SlowHttpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bench-http");
        t.setDaemon(true);
        return t;
    });
    private final long delayMillis;

    public SlowHttpServer(long delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        this.socket = new ServerSocket(0, 512, InetAddress.getByName("127.0.0.1"));
        threads.submit(this::acceptLoop);
    }

    public String base() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                threads.submit(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = s.getOutputStream()) {
            String requestLine;
            while ((requestLine = in.readLine()) != null && !requestLine.isEmpty()) {
                boolean close = false;
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    close |= header.equalsIgnoreCase("connection: close");
                }
                Thread.sleep(delayMillis);
                String path = requestLine.split(" ").length > 1 ? requestLine.split(" ")[1] : "/";
                String status = path.startsWith("/dead/") ? "404 Not Found" : "200 OK";
                out.write(("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nContent-Type: text/html\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
