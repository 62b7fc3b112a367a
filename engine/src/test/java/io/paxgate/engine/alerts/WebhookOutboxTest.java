package io.paxgate.engine.alerts;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebhookOutboxTest {
    @TempDir
    Path dir;

    @Test
    void aPostThatIsDownGetsEveryAlertInOrderOnceItIsBackAlsoAfterARestart() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Post gyd = new Post("GYD", "Baku", List.of("GYD"), "http://127.0.0.1:" + port + "/alerts");
        List<String> received = new CopyOnWriteArrayList<>();
        try (AlertStore store = AlertStore.open(dir.resolve("alerts"))) {
            WebhookOutbox outbox = new WebhookOutbox(store, List.of(gyd), dir.resolve("webhooks"), Duration.ofMillis(400));
            store.add(AlertStoreTest.alert("GYD", "un-sc"));
            store.add(AlertStoreTest.alert("KVD", "un-sc"));
            store.add(AlertStoreTest.alert("GYD", "un-sc"));
            Thread.sleep(300); // the receiver is down: deliveries fail and back off
            HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            receiver.createContext("/alerts", ex -> {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(body.replaceAll(".*\"id\":\"(A\\d+)\".*", "$1"));
                ex.sendResponseHeaders(204, -1);
                ex.close();
            });
            receiver.start();
            try {
                awaitSize(received, 2);
                assertEquals(List.of("A1", "A3"), received);
                outbox.close();
                // stopped; one more alert; a new outbox (a restart) delivers only what is new
                store.add(AlertStoreTest.alert("GYD", "un-sc"));
                WebhookOutbox again = new WebhookOutbox(store, List.of(gyd), dir.resolve("webhooks"), Duration.ofMillis(400));
                awaitSize(received, 3);
                again.close();
                assertEquals(List.of("A1", "A3", "A4"), received);
            } finally {
                receiver.stop(0);
            }
        }
    }

    private static void awaitSize(List<String> l, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (l.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
