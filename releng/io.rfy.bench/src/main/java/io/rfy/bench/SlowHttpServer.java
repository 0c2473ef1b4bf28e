package io.rfy.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A local HTTP/1.1 server for the link-check benchmarks and tests, on one port of several loopback addresses
 * (127.0.0.1, 127.0.0.2, ...: Linux routes all of 127/8 to the loopback), so that a checker sees that many hosts.
 * Every answer comes after a fixed delay; connections are kept alive. Paths decide the answer:
 * <ul>
 * <li>ending in {@code x}: 404 (the broken links);</li>
 * <li>containing {@code /no-head/}: 405 to HEAD, 200 to GET;</li>
 * <li>containing {@code /close-head/}: a HEAD request is answered by closing the connection, GET gets 200;</li>
 * <li>anything else: 200.</li>
 * </ul>
 * It counts requests by method and the most requests it ever had in flight on one host, so a benchmark can show
 * that no request was repeated and that the per-host limit held. Written on plain sockets so it needs nothing but
 * the JDK.
 */
public final class SlowHttpServer implements AutoCloseable {

    private final List<ServerSocket> sockets = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bench-http");
        t.setDaemon(true);
        return t;
    });
    private final long delayMillis;
    private final int port;
    private final Map<String, LongAdder> byMethod = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger maxInFlightOnAHost = new AtomicInteger();

    /** One host, 127.0.0.1. */
    public SlowHttpServer(long delayMillis) throws IOException {
        this(1, delayMillis);
    }

    /** {@code hosts} loopback addresses 127.0.0.1 ... 127.0.0.{hosts} (at most 250), all on the same free port. */
    public SlowHttpServer(int hosts, long delayMillis) throws IOException {
        if (hosts < 1 || hosts > 250) {
            throw new IllegalArgumentException("hosts: 1 to 250, not " + hosts);
        }
        this.delayMillis = delayMillis;
        this.port = bindAll(hosts);
        for (ServerSocket s : sockets) {
            threads.submit(() -> acceptLoop(s));
        }
    }

    /** Binds the first address on a free port, the others on the same one; tries another port if one is taken. */
    private int bindAll(int hosts) throws IOException {
        for (int attempt = 0; ; attempt++) {
            ServerSocket first = new ServerSocket(0, 1024, InetAddress.getByName("127.0.0.1"));
            sockets.add(first);
            int p = first.getLocalPort();
            try {
                for (int h = 2; h <= hosts; h++) {
                    sockets.add(new ServerSocket(p, 1024, InetAddress.getByName("127.0.0." + h)));
                }
                return p;
            } catch (BindException e) {
                for (ServerSocket s : sockets) {
                    s.close();
                }
                sockets.clear();
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String base() {
        return base(1);
    }

    /** {@code http://127.0.0.<host>:<port>}, host counted from 1. */
    public String base(int host) {
        return "http://127.0.0." + host + ":" + port;
    }

    public int hosts() {
        return sockets.size();
    }

    /** Requests received so far with this method (HEAD, GET). */
    public long requests(String method) {
        LongAdder n = byMethod.get(method);
        return n == null ? 0 : n.sum();
    }

    /** The most requests that were being answered on one host at the same time. */
    public int maxInFlightOnAHost() {
        return maxInFlightOnAHost.get();
    }

    /** Starts counting requests and their concurrency afresh. */
    public void resetCounts() {
        byMethod.clear();
        maxInFlightOnAHost.set(0);
    }

    private void acceptLoop(ServerSocket socket) {
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
        String host = s.getLocalAddress().getHostAddress();
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = s.getOutputStream()) {
            String requestLine;
            while ((requestLine = in.readLine()) != null && !requestLine.isEmpty()) {
                boolean close = false;
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    close |= header.equalsIgnoreCase("connection: close");
                }
                String[] parts = requestLine.split(" ");
                String method = parts[0];
                String path = parts.length > 1 ? parts[1] : "/";
                byMethod.computeIfAbsent(method, m -> new LongAdder()).increment();
                AtomicInteger now = inFlight.computeIfAbsent(host, h -> new AtomicInteger());
                maxInFlightOnAHost.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(delayMillis);
                } finally {
                    now.decrementAndGet();
                }
                boolean head = method.equals("HEAD");
                if (head && path.contains("/close-head/")) {
                    return; // closed without a reply
                }
                String status = path.endsWith("x") ? "404 Not Found"
                        : head && path.contains("/no-head/") ? "405 Method Not Allowed" : "200 OK";
                String body = head ? "" : "<html><body>" + status + "</body></html>";
                out.write(("HTTP/1.1 " + status + "\r\nContent-Length: " + body.length()
                        + "\r\nContent-Type: text/html\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
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
        for (ServerSocket s : sockets) {
            s.close();
        }
        threads.shutdownNow();
    }
}
