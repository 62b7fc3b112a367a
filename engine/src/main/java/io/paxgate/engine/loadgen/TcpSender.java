package io.paxgate.engine.loadgen;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Interchanges over one EDIFACT TCP connection. The engine answers each with a CONTRL, in order,
 * so the n-th CONTRL (counted by its UNZ) acknowledges the n-th interchange sent: its latency is
 * taken from that send's intended time. The CONTRL carries no journal id, so alerts of these
 * inputs cannot be timed (they are counted apart).
 */
final class TcpSender implements AutoCloseable {
    /** Called on a Netty thread. */
    interface Acks {
        void acknowledged(long intendedNanos, long nowNanos);

        void failed(String kind, long nowNanos);
    }

    private final Channel channel;
    private final Acks acks;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();

    TcpSender(EventLoopGroup group, String host, int port, Acks acks) throws InterruptedException {
        this.acks = acks;
        Bootstrap b = Transport.client(group, p -> p.addLast(new ContrlCounter()));
        var f = b.connect(host, port).await();
        if (!f.isSuccess()) {
            throw new IllegalArgumentException("cannot connect to the EDIFACT port " + host + ":" + port + ": "
                    + f.cause().getMessage());
        }
        channel = f.channel();
    }

    /** Sends one interchange due at {@code intendedNanos}; never blocks. */
    void send(byte[] interchange, long intendedNanos) {
        if (!channel.isActive()) {
            acks.failed("connection", System.nanoTime());
            return;
        }
        synchronized (sent) {
            sent.add(intendedNanos);
        }
        channel.writeAndFlush(Unpooled.wrappedBuffer(interchange));
    }

    /** Interchanges sent and not yet acknowledged. */
    int outstanding() {
        synchronized (sent) {
            return sent.size();
        }
    }

    /** Fails what was never acknowledged as {@code kind}. */
    void abandon(String kind) {
        long now = System.nanoTime();
        synchronized (sent) {
            for (int i = sent.size(); i > 0; i--) {
                acks.failed(kind, now);
            }
            sent.clear();
        }
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** Counts "UNZ" in the byte stream, across reads. */
    private final class ContrlCounter extends ChannelInboundHandlerAdapter {
        private int matched;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                long now = System.nanoTime();
                for (int i = buf.readerIndex(); i < buf.writerIndex(); i++) {
                    byte c = buf.getByte(i);
                    if (c == '\r' || c == '\n') {
                        continue;
                    }
                    matched = c == "UNZ".charAt(matched) ? matched + 1 : (c == 'U' ? 1 : 0);
                    if (matched == 3) {
                        matched = 0;
                        Long intended;
                        synchronized (sent) {
                            intended = sent.poll();
                        }
                        if (intended != null) {
                            acks.acknowledged(intended, now);
                        }
                    }
                }
            } finally {
                buf.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            abandon("connection");
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
