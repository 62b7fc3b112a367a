package io.paxgate.engine.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A Server-Sent Events stream over one chunked HTTP response. Events are formatted on the
 * caller's thread and written on the channel's event loop. A client that leaves the channel
 * unwritable for longer than the stall timeout, or lets more than the buffer bound pile up, is
 * disconnected: it reconnects with Last-Event-ID rather than the server buffering for it.
 */
final class NettySseChannel implements SseChannel {
    private static final Logger LOG = LoggerFactory.getLogger(NettySseChannel.class);
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

    private final Channel channel;
    private final long stallNanos;
    private final long maxBufferedBytes;
    private final ScheduledFuture<?> keepAlive;
    /** When the channel was first seen unwritable in the current stretch; 0 when writable. Event loop only. */
    private long unwritableSince;

    NettySseChannel(Channel channel, HttpServerConfiguration config) {
        this.channel = channel;
        this.stallNanos = config.sseStallTimeout().toNanos();
        this.maxBufferedBytes = config.sseMaxBufferedBytes();
        long every = config.sseKeepAlive().toMillis();
        this.keepAlive = channel.eventLoop().scheduleAtFixedRate(() -> write(KEEP_ALIVE), every, every,
                TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener(f -> keepAlive.cancel(false));
    }

    @Override
    public boolean send(String id, String event, String data) {
        if (!isOpen()) {
            return false;
        }
        byte[] bytes = format(id, event, data);
        // always through the loop's queue, even from the loop itself: one FIFO keeps a sender's order
        channel.eventLoop().execute(() -> write(bytes));
        return true;
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public void onClose(Runnable action) {
        channel.closeFuture().addListener(f -> action.run());
    }

    @Override
    public void close() {
        if (channel.isActive()) {
            channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(f -> channel.close());
        }
    }

    private void write(byte[] bytes) {
        if (!channel.isActive()) {
            return;
        }
        if (!channel.isWritable()) {
            long now = System.nanoTime();
            if (unwritableSince == 0) {
                unwritableSince = now;
            }
            if (now - unwritableSince > stallNanos || channel.bytesBeforeWritable() > maxBufferedBytes) {
                LOG.info("event stream to {} closed: the client takes events too slowly", Remote.of(channel));
                channel.close();
                return;
            }
        } else {
            unwritableSince = 0;
        }
        channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(bytes)));
    }

    /** {@code id:}, {@code event:}, one {@code data:} line per line of data, a blank line. */
    static byte[] format(String id, String event, String data) {
        StringBuilder sb = new StringBuilder(32 + (data == null ? 0 : data.length()));
        if (id != null) {
            sb.append("id: ").append(oneLine(id)).append('\n');
        }
        if (event != null) {
            sb.append("event: ").append(oneLine(event)).append('\n');
        }
        String d = data == null ? "" : data;
        int from = 0;
        while (true) {
            int nl = d.indexOf('\n', from);
            int end = nl < 0 ? d.length() : nl;
            int lineEnd = end > from && d.charAt(end - 1) == '\r' ? end - 1 : end;
            sb.append("data: ").append(d, from, lineEnd).append('\n');
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }
}
