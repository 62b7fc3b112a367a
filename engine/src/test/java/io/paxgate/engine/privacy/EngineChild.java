package io.paxgate.engine.privacy;

import io.paxgate.engine.Engine;
import io.paxgate.engine.config.EngineConfig;
import io.paxgate.engine.config.PaxgateConfig;

import java.nio.file.Path;
import java.time.Clock;

/** An engine in a JVM of its own, for {@link NoOutboundConnectionIntegrationTest}: prints its ports, stops when stdin closes. */
public final class EngineChild {
    private EngineChild() {
    }

    public static void main(String[] args) throws Exception {
        Path cfg = Path.of(args[0]);
        Path data = Path.of(args[1]);
        EngineConfig ec = EngineConfig.load(cfg).withPorts(0, 0).withDirs(data.resolve("journal"), data.resolve("alerts"))
                .withSecurity(false); // about sockets, not credentials
        try (Engine engine = Engine.start(PaxgateConfig.load(cfg), ec, Clock.systemUTC())) {
            System.out.println("PORTS " + engine.httpPort() + " " + engine.tcpPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the parent closes our stdin
            }
        }
    }
}
