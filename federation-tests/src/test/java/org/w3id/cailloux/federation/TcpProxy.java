package org.w3id.cailloux.federation;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of one node, for the tests and the benchmark: it forwards HTTP/1.1
 * requests (keep-alive included), records each request line so tests can count what a peer was
 * sent, and can inject a delay before every request, refuse connections (a stopped peer), answer
 * garbage, or answer a huge SPARQL result.
 */
public final class TcpProxy implements AutoCloseable {

    /**
     * How the proxy treats the requests it receives: forwards them, answers every one with garbage,
     * answers every SPARQL query with a huge well-formed result (other requests forwarded), or answers
     * every request hugely, the VoID description included.
     */
    public enum Mode { FORWARD, GARBAGE, HUGE, HUGE_EVERYWHERE }

    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private final ServerSocket server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile int targetPort = -1;
    private volatile long delayMillis;
    private volatile Mode mode = Mode.FORWARD;
    private volatile long hugeRows = 2_000_000;
    private final int port;

    private TcpProxy(ServerSocket server) {
        this.server = server;
        this.port = server.getLocalPort();
        Thread.ofVirtual().name("proxy-" + port).start(this::acceptLoop);
    }

    /** Starts listening on a free loopback port; requests are refused until a target is set. */
    public static TcpProxy start() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            return new TcpProxy(socket);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open a proxy port", e);
        }
    }

    /** The port clients connect to. */
    public int port() {
        return port;
    }

    /** The proxy's base URL, {@code http://localhost:<port>/}: the node IRI of the node behind it. */
    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Forwards to this port of the loopback interface. */
    public TcpProxy target(int port) {
        this.targetPort = port;
        return this;
    }

    /** Waits this long before forwarding each request (a round trip's added latency). */
    public TcpProxy delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Switches how the next requests are treated. */
    public TcpProxy mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    /** The number of rows a {@link Mode#HUGE} answer carries. */
    public TcpProxy hugeRows(long rows) {
        this.hugeRows = rows;
        return this;
    }

    /** The request lines received so far, e.g. {@code POST /sparql HTTP/1.1}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The number of requests received so far whose path starts with this prefix. */
    public long requestsTo(String pathPrefix) {
        return requests.stream().map(TcpProxy::path).filter(p -> p.startsWith(pathPrefix)).count();
    }

    /** Forgets the requests received so far. */
    public void resetCounts() {
        requests.clear();
    }

    /** Closes every open connection, so that the next requests open new ones. */
    public void dropConnections() {
        for (Socket s : sockets) {
            closeQuietly(s);
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        dropConnections();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                client.setTcpNoDelay(true);
                sockets.add(client);
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        Socket upstream = null;
        try (client) {
            // Buffered: the headers are read byte by byte, which on the bare socket stream is a system call each
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream toClient = client.getOutputStream();
            while (true) {
                byte[] head = readHead(in);
                if (head == null) {
                    return;
                }
                String headText = new String(head, StandardCharsets.ISO_8859_1);
                String requestLine = headText.substring(0, headText.indexOf("\r\n"));
                requests.add(requestLine);
                byte[] body = readBody(in, headText);
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                // a huge answer is a query's: the node's other resources (its VoID description) stay as they are
                Mode effective = mode == Mode.HUGE && !path(requestLine).startsWith("/sparql") ? Mode.FORWARD : mode;
                switch (effective) {
                    case GARBAGE -> {
                        HugeAnswer.garbage(toClient);
                        return;
                    }
                    case HUGE, HUGE_EVERYWHERE -> {
                        HugeAnswer.write(toClient, requestLine, headText, body, hugeRows);
                        return;
                    }
                    case FORWARD -> {
                        if (upstream == null) {
                            if (targetPort < 0) {
                                return;
                            }
                            upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                            upstream.setTcpNoDelay(true);
                            sockets.add(upstream);
                            Socket from = upstream;
                            Thread.ofVirtual().start(() -> pump(from, toClient, client));
                        }
                        OutputStream out = upstream.getOutputStream();
                        out.write(head);
                        out.write(body);
                        out.flush();
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client or the node went away: nothing to forward any more
        } finally {
            if (upstream != null) {
                closeQuietly(upstream);
                sockets.remove(upstream);
            }
            sockets.remove(client);
        }
    }

    private void pump(Socket from, OutputStream to, Socket client) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // connection closed on either side
        } finally {
            closeQuietly(client);
        }
    }

    /** Reads up to and including the blank line ending the headers; null at the end of the stream. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = b == HEADER_END[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toByteArray();
            }
            if (head.size() > 1 << 20) {
                throw new IOException("Request headers too large");
            }
        }
        return null;
    }

    /** Reads the request body as framed by Content-Length or chunked encoding, framing bytes included. */
    private static byte[] readBody(InputStream in, String head) throws IOException {
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.contains("\r\ntransfer-encoding: chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in, body);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    while (!readLine(in, body).isEmpty()) {
                        // trailers
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size + 2));
            }
        }
        int at = lower.indexOf("\r\ncontent-length:");
        if (at < 0) {
            return new byte[0];
        }
        int end = lower.indexOf("\r\n", at + 2);
        int length = Integer.parseInt(lower.substring(at + "\r\ncontent-length:".length(), end).strip());
        return in.readNBytes(length);
    }

    private static String readLine(InputStream in, ByteArrayOutputStream copy) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            copy.write(b);
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    static String path(String requestLine) {
        String[] parts = requestLine.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }

    /** For error messages. */
    @Override
    public String toString() {
        List<String> copy = new ArrayList<>(requests);
        return "TcpProxy[" + baseUrl() + " -> " + targetPort + ", " + mode + ", " + copy.size() + " requests]";
    }
}
