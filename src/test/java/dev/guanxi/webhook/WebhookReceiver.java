package dev.guanxi.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP receiver that answers 500 to the first {@code failures} requests, then 204; it keeps every request. */
final class WebhookReceiver implements AutoCloseable {

    record Received(Map<String, String> headers, String body, int answeredWith) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    final List<Received> requests = new CopyOnWriteArrayList<>();

    private WebhookReceiver(int port, int failures) throws IOException {
        this.failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            requests.add(new Received(headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver failingFirst(int failures) throws IOException {
        return new WebhookReceiver(0, failures);
    }

    static WebhookReceiver on(int port) throws IOException {
        return new WebhookReceiver(port, 0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> accepted() {
        return requests.stream().filter(r -> r.answeredWith() < 300).toList();
    }

    /** A port nothing listens on (for a receiver that is down). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
