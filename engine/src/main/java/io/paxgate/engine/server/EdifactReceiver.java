package io.paxgate.engine.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import io.paxgate.engine.ingest.Ingest;
import io.paxgate.engine.ingest.SenderCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLPeerUnverifiedException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One EDIFACT-over-TCP connection after the {@link InterchangeFramer}: hands each interchange to
 * the {@link Ingest} and writes its CONTRL back in the order the interchanges arrived.
 * <p>
 * Reads only while the pipeline accepts, fewer than {@code maxInFlight} CONTRLs are pending and
 * the client takes what is written; otherwise the socket is not read (autoRead off) and the
 * client's own TCP window holds it back. A pipeline pause is polled every {@code resumePoll}.
 */
final class EdifactReceiver extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(EdifactReceiver.class);

    private final Ingest ingest;
    private final TcpServerConfiguration config;
    /** Frames read while the pipeline did not accept; few (what one read held). */
    private final ArrayDeque<byte[]> held = new ArrayDeque<>();
    private OrderedReplies<Reply> replies;
    private ChannelHandlerContext ctx;
    private String remote;
    private ScheduledFuture<?> poll;
    private boolean inputShut;
    /** No more frames are taken (a framing error): what is owed is written, then the error. */
    private boolean stopped;
    private boolean closing;

    private final TcpGate gate;
    private final boolean tls;
    /** What this connection's sender may submit; null until admitted (TLS: after the handshake). */
    private SenderCheck check;

    EdifactReceiver(Ingest ingest, TcpServerConfiguration config, TcpGate gate, boolean tls) {
        this.ingest = ingest;
        this.config = config;
        this.gate = gate;
        this.tls = tls;
    }

    /** Admits the connection's sender or closes it with the gate's reason. */
    private void admit(X509Certificate cert) {
        TcpGate.Admission a = gate.admit(cert);
        if (a.refusal() != null) {
            LOG.warn("refused the EDIFACT connection from {}: {}", remote, a.refusal());
            closeAfter("ERROR " + a.refusal() + "; connection closed\r\n");
            return;
        }
        LOG.debug("EDIFACT connection from {} admitted as {}", remote, a.sender());
        check = a.check();
        submitHeld();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        ctx = context;
        replies = new OrderedReplies<>(ctx.channel(), this::write);
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        remote = Remote.of(context.channel());
        LOG.debug("EDIFACT connection from {}", remote);
        if (!tls) {
            admit(null);
        }
        context.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        if (stopped) {
            return;
        }
        byte[] frame = (byte[]) msg;
        LOG.debug("interchange of {} bytes from {}", frame.length, remote);
        held.add(frame);
        submitHeld();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        updateReading();
        context.fireChannelReadComplete();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) {
        updateReading();
        context.fireChannelWritabilityChanged();
    }

    private void submitHeld() {
        while (check != null && !stopped && !held.isEmpty() && replies.size() < config.maxInFlight() && ingest.accepting()) {
            byte[] frame = held.poll();
            CompletableFuture<Reply> answer;
            try {
                // another airline's interchange: not journaled, no CONTRL; the error, then the connection closes
                answer = ingest.submit(frame, "tcp", remote, check).thenApply(r -> r.refusal() != null
                        ? new Reply(null, "ERROR refused: " + r.refusal() + "; connection closed\r\n")
                        : new Reply(r.contrl(), null));
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            replies.add(answer);
        }
    }

    /** Reads on only while nothing holds this connection back; polls while the pipeline is full. */
    private void updateReading() {
        if (stopped) {
            return;
        }
        boolean accepting = ingest.accepting();
        boolean read = held.isEmpty() && accepting && replies.size() < config.maxInFlight()
                && ctx.channel().isWritable() && !inputShut;
        if (ctx.channel().config().isAutoRead() != read) {
            ctx.channel().config().setAutoRead(read);
        }
        if (!accepting && poll == null && ctx.channel().isActive()) {
            poll = ctx.executor().schedule(this::resume, config.resumePoll().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void resume() {
        poll = null;
        if (ctx.channel().isActive()) {
            submitHeld();
            updateReading();
        }
    }

    private void write(Reply reply, Throwable error) {
        if (closing || !ctx.channel().isActive()) {
            return;
        }
        if (error != null) {
            // not acknowledged: the client sends it again on a new connection
            LOG.warn("closing the EDIFACT connection from {}: an interchange failed in the pipeline ({})", remote,
                    Errors.kind(error));
            LOG.debug("pipeline failure", error);
            closeAfter(null);
            return;
        }
        if (reply.bytes != null) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(reply.bytes));
        }
        if (reply.closeWith != null) {
            closeAfter(reply.closeWith);
            return;
        }
        submitHeld();
        if (inputShut && held.isEmpty() && replies.size() == 0) {
            ctx.close();
            return;
        }
        updateReading();
    }

    private void closeAfter(String error) {
        closing = true;
        stopped = true;
        held.clear();
        ctx.channel().config().setAutoRead(false);
        var last = error == null ? ctx.writeAndFlush(Unpooled.EMPTY_BUFFER)
                : ctx.writeAndFlush(Unpooled.copiedBuffer(error, StandardCharsets.US_ASCII));
        last.addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object evt) {
        if (evt instanceof SslHandshakeCompletionEvent done) {
            if (done.isSuccess()) {
                admit(peerCertificate(context));
            } else {
                LOG.info("TLS handshake with {} failed: {}", remote, done.cause() == null ? "?" : done.cause().getMessage());
                context.close();
            }
        } else if (evt instanceof InterchangeFramer.SkippedBytes skipped) {
            LOG.warn("skipped {} bytes that were not an interchange from {}", skipped.count(), remote);
        } else if (evt instanceof IdleStateEvent) {
            // waiting for the pipeline is our delay, not the client's: only a quiet or stuck client is closed
            boolean waitingForUs = context.channel().isWritable()
                    && (replies.size() > 0 || !held.isEmpty() || !ingest.accepting());
            if (!waitingForUs) {
                LOG.info("closing the idle EDIFACT connection from {}", remote);
                context.close();
            }
        } else if (evt instanceof ChannelInputShutdownEvent) {
            inputShut = true;
            if (held.isEmpty() && replies.size() == 0) {
                context.close();
            }
        } else {
            context.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        Throwable c = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (c instanceof TooLongFrameException || c instanceof CorruptedFrameException) {
            LOG.warn("closing the EDIFACT connection from {}: {}", remote, c.getMessage());
            // after the CONTRLs already owed, in order
            replies.add(CompletableFuture.completedFuture(new Reply(null, "ERROR " + c.getMessage()
                    + "; connection closed\r\n")));
            stopped = true;
            held.clear();
            context.channel().config().setAutoRead(false);
        } else {
            LOG.debug("EDIFACT connection from {} closed on error: {}", remote, c.toString());
            context.close();
        }
    }

    private static X509Certificate peerCertificate(ChannelHandlerContext context) {
        SslHandler ssl = context.pipeline().get(SslHandler.class);
        try {
            Certificate[] chain = ssl == null ? new Certificate[0] : ssl.engine().getSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x ? x : null;
        } catch (SSLPeerUnverifiedException none) {
            return null;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        if (poll != null) {
            poll.cancel(false);
        }
        LOG.debug("EDIFACT connection from {} closed", remote);
        context.fireChannelInactive();
    }

    /**
     * @param bytes     what to write (a CONTRL), or null
     * @param closeWith an error to write before closing, or null
     */
    private record Reply(byte[] bytes, String closeWith) {
    }
}
