package io.paxgate.engine.server;

import io.paxgate.engine.ingest.IapiAnswer;
import io.paxgate.engine.ingest.Ingest;
import io.paxgate.engine.ingest.Receipt;
import io.paxgate.engine.ingest.SenderCheck;
import io.paxgate.parsers.InputDecoder;
import io.paxgate.parsers.encode.ContrlEncoder;
import io.paxgate.parsers.envelope.DecodeResult;
import io.paxgate.parsers.model.DecodedMessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * An Ingest that decodes with the real decoder and answers with a real CONTRL, without journal or
 * pipeline. Each receipt completes on a timer thread after {@link #delayMillis} (0: at once, still
 * on another thread), so tests can make answers complete out of order.
 */
final class FakeIngest implements Ingest, AutoCloseable {
    static final byte[] CUSRES = ("UNA:+.?*'UNB+UNOA:4+GOVAPIS:ZZ+LHAPI:ZZ+260314:1211+000009001'"
            + "UNH+RSP0001+CUSRES:D:05B:UN:IATA'BGM+962'UNT+3+RSP0001'UNZ+1+000009001'")
            .getBytes(StandardCharsets.ISO_8859_1);

    final List<byte[]> received = new CopyOnWriteArrayList<>();
    final List<String> remotes = new CopyOnWriteArrayList<>();
    volatile boolean accepting = true;
    volatile boolean failing;
    volatile ToLongFunction<byte[]> delayMillis = b -> 0;
    /** Spaces after each CONTRL: large answers fill socket buffers sooner. */
    volatile int contrlPadding;

    private final InputDecoder decoder = new InputDecoder();
    private final ContrlEncoder contrl = new ContrlEncoder(Clock.fixed(Instant.parse("2026-03-14T18:10:00Z"),
            ZoneOffset.UTC));
    private final AtomicLong ids = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-ingest");
        t.setDaemon(true);
        return t;
    });

    @Override
    public CompletableFuture<Receipt> submit(byte[] bytes, String channel, String remote, SenderCheck check) {
        received.add(bytes);
        remotes.add(channel + " " + remote);
        if (failing) {
            return later(bytes, () -> {
                throw new IllegalStateException("journal unavailable");
            });
        }
        return later(bytes, () -> receipt(bytes, check));
    }

    @Override
    public CompletableFuture<IapiAnswer> iapi(byte[] bytes, String remote, SenderCheck check) {
        received.add(bytes);
        boolean edifact = bytes.length > 3 && bytes[0] == 'U' && bytes[1] == 'N';
        IapiAnswer answer = edifact ? new IapiAnswer(CUSRES, false, null)
                : new IapiAnswer(null, true, "not EDIFACT: no UNA or UNB at byte 0");
        return later(bytes, () -> answer);
    }

    @Override
    public boolean accepting() {
        return accepting;
    }

    private synchronized Receipt receipt(byte[] bytes, SenderCheck check) {
        DecodeResult result = decoder.decode(bytes);
        String refusal = check.refusal(result);
        if (refusal != null) {
            return Receipt.refused(refusal);
        }
        int travellers = 0;
        for (DecodedMessage m : result.messages()) {
            travellers += m.travellerCount();
        }
        byte[] ack = result.interchanges().isEmpty() ? null
                : (contrl.encode(result, 0, "C" + ids.get()) + " ".repeat(contrlPadding))
                .getBytes(StandardCharsets.ISO_8859_1);
        return new Receipt(Long.toString(ids.incrementAndGet()), result.messages().size(), travellers,
                result.allProblems(), result.messages().isEmpty(), ack);
    }

    private <T> CompletableFuture<T> later(byte[] bytes, java.util.function.Supplier<T> answer) {
        CompletableFuture<T> f = new CompletableFuture<>();
        timer.schedule(() -> {
            try {
                f.complete(answer.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        }, delayMillis.applyAsLong(bytes), TimeUnit.MILLISECONDS);
        return f;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
