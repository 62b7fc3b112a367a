package io.paxgate.engine.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static io.paxgate.engine.server.Interchanges.bytes;
import static io.paxgate.engine.server.Interchanges.nonDefaultUna;
import static io.paxgate.engine.server.Interchanges.paxlst;
import static io.paxgate.engine.server.SocketReads.readUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class TcpEdifactServerIntegrationTest {
    private static final int MAX_FRAME = 4096;
    private static final Duration IDLE = Duration.ofMillis(500);

    private final FakeIngest ingest = new FakeIngest();
    private TcpEdifactServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TcpEdifactServer(TcpServerConfiguration.defaults().withPort(0).withMaxFrameBytes(MAX_FRAME)
                .withIdleTimeout(IDLE), ingest).start();
    }

    @AfterEach
    void stop() {
        server.close();
        ingest.close();
    }

    private Socket connect() throws Exception {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(5_000);
        return s;
    }

    private static String contrls(Socket s, int n) throws Exception {
        return readUntil(s.getInputStream(), "UNZ", n);
    }

    @Test
    void two_interchanges_in_one_write_are_answered_in_order_even_when_the_first_completes_last() throws Exception {
        ingest.delayMillis = b -> new String(b, StandardCharsets.ISO_8859_1).contains("000000001") ? 300 : 0;
        try (Socket s = connect()) {
            s.getOutputStream().write(bytes(paxlst("000000001") + "\r\n" + paxlst("000000002") + "\r\n"));
            String answers = contrls(s, 2);
            int first = answers.indexOf("UCI+000000001");
            int second = answers.indexOf("UCI+000000002");
            assertTrue(first >= 0 && second > first, answers);
        }
        assertArrayEquals(bytes(paxlst("000000001")), ingest.received.get(0));
        assertArrayEquals(bytes(paxlst("000000002")), ingest.received.get(1));
        assertTrue(ingest.remotes.get(0).startsWith("tcp 127.0.0.1:"), ingest.remotes.get(0));
    }

    @Test
    void an_interchange_split_over_several_writes_is_framed_whole() throws Exception {
        byte[] in = bytes(nonDefaultUna("000000007"));
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            int[] cuts = {0, 5, 40, 77, in.length};
            for (int i = 0; i + 1 < cuts.length; i++) {
                out.write(Arrays.copyOfRange(in, cuts[i], cuts[i + 1]));
                out.flush();
                Thread.sleep(30);
            }
            String answer = contrls(s, 1);
            assertTrue(answer.contains("CONTRL"), answer);
        }
        assertEquals(1, ingest.received.size());
        assertArrayEquals(in, ingest.received.get(0));
    }

    @Test
    void an_oversized_interchange_is_answered_with_an_error_and_the_connection_closed() throws Exception {
        try (Socket s = connect()) {
            String big = paxlst("000000001").replace("BGM+745'", "BGM+745'" + "FTX+AAI+++PADDING'".repeat(300));
            s.getOutputStream().write(bytes(big));
            String answer = readUntil(s.getInputStream(), "\u0000never", 1);
            assertTrue(answer.startsWith("ERROR interchange over " + MAX_FRAME + " bytes"), answer);
        }
        assertTrue(ingest.received.isEmpty());
    }

    @Test
    void an_idle_connection_is_closed_after_the_timeout() throws Exception {
        try (Socket s = connect()) {
            long t0 = System.nanoTime();
            assertEquals(-1, s.getInputStream().read());
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(waited >= IDLE.toMillis() - 50 && waited < 4_000, waited + " ms");
        }
    }

    @Test
    void a_stalled_client_does_not_hold_up_another() throws Exception {
        Duration idle = Duration.ofSeconds(2);
        try (TcpEdifactServer tcp = new TcpEdifactServer(TcpServerConfiguration.defaults().withPort(0)
                .withIdleTimeout(idle), ingest).start();
             Socket stalled = new Socket("127.0.0.1", tcp.port());
             Socket other = new Socket("127.0.0.1", tcp.port())) {
            stalled.setSoTimeout(5_000);
            other.setSoTimeout(5_000);
            String whole = paxlst("000000001");
            stalled.getOutputStream().write(bytes(whole.substring(0, whole.length() / 2)));
            long t0 = System.nanoTime();
            other.getOutputStream().write(bytes(paxlst("000000002")));
            assertTrue(contrls(other, 1).contains("UCI+000000002"));
            assertTrue(System.nanoTime() - t0 < idle.toNanos(), "answered before the stalled client times out");
            assertEquals(-1, stalled.getInputStream().read(), "the stalled client is closed at its idle timeout");
        }
    }

    @Test
    void a_client_that_does_not_read_its_contrls_is_held_back_then_answered_in_full() throws Exception {
        int n = 5_000;
        // 5,000 answers of 2 KB: more than the kernel's socket buffers (4 MB here) can take
        ingest.contrlPadding = 2048;
        // the client reads nothing for a second: longer than IDLE, after which a stuck client is dropped
        try (TcpEdifactServer patient = new TcpEdifactServer(TcpServerConfiguration.defaults().withPort(0)
                .withIdleTimeout(Duration.ofSeconds(20)), ingest).start(); Socket s = new Socket()) {
            s.setReceiveBufferSize(4096);
            s.connect(new java.net.InetSocketAddress("127.0.0.1", patient.port()));
            s.setSoTimeout(10_000);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    for (int i = 0; i < n; i++) {
                        out.write(bytes(paxlst(String.format("%09d", i))));
                    }
                    out.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.setDaemon(true);
            writer.start();
            Thread.sleep(1_000);
            int taken = ingest.received.size();
            assertTrue(taken > 0 && taken < n, "the server stopped reading a client that does not read: " + taken);
            String answers = contrls(s, n);
            int at = -1;
            for (int i = 0; i < n; i++) {
                int next = answers.indexOf("UCI+" + String.format("%09d", i), at + 1);
                assertTrue(next > at, "CONTRL " + i + " in order");
                at = next;
            }
            writer.join(5_000);
        }
    }

    @Test
    void a_full_pipeline_pauses_reading_until_it_accepts_again() throws Exception {
        ingest.accepting = false;
        try (Socket s = connect()) {
            s.getOutputStream().write(bytes(paxlst("000000001")));
            s.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read());
            assertTrue(ingest.received.isEmpty(), "nothing is submitted while the pipeline is full");
            ingest.accepting = true;
            s.setSoTimeout(5_000);
            assertTrue(contrls(s, 1).contains("UCI+000000001"));
        }
    }

    @Test
    void a_client_that_shuts_its_output_still_gets_its_contrls() throws Exception {
        try (Socket s = connect()) {
            s.getOutputStream().write(bytes(paxlst("000000001") + paxlst("000000002")));
            s.shutdownOutput();
            String answers = contrls(s, 2);
            assertTrue(answers.contains("UCI+000000002"), answers);
            assertEquals(-1, s.getInputStream().read());
        }
    }

    @Test
    void a_pipeline_failure_closes_the_connection_without_an_acknowledgement() throws Exception {
        ingest.failing = true;
        try (Socket s = connect()) {
            s.getOutputStream().write(bytes(paxlst("000000001")));
            assertEquals(-1, s.getInputStream().read());
        }
    }
}
