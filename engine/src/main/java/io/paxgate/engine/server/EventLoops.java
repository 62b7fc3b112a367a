package io.paxgate.engine.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.paxgate.engine.os.LatencySlice;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * One listening socket with its two event loop groups (accept, I/O): epoll where the native
 * transport loads, NIO elsewhere. Both servers bind through this, so start and shutdown behave
 * the same.
 */
final class EventLoops implements AutoCloseable {
    /** Bounded graceful shutdown: a short quiet period, then a hard limit. */
    private static final long QUIET_MILLIS = 100;
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 5_000;

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ChannelFuture bound;

    private EventLoops(EventLoopGroup boss, EventLoopGroup workers, ChannelFuture bound) {
        this.boss = boss;
        this.workers = workers;
        this.bound = bound;
    }

    /** Binds {@code host:port} ({@code name} names the threads) and returns once the socket listens (port 0: an ephemeral port). */
    static EventLoops bind(String name, String host, int port, int ioThreads, ChannelInitializer<SocketChannel> init)
            throws InterruptedException {
        IoHandlerFactory io = Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channel = Epoll.isAvailable() ? EpollServerSocketChannel.class
                : NioServerSocketChannel.class;
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("paxgate-" + name + "-accept"), io);
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(ioThreads,
                LatencySlice.around(new DefaultThreadFactory("paxgate-" + name + "-io")), io);
        try {
            ChannelFuture bound = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(channel)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    .childHandler(init)
                    .bind(new InetSocketAddress(host, port))
                    .sync();
            return new EventLoops(boss, workers, bound);
        } catch (Exception e) {
            // sync() rethrows the bind failure (an IOException) unchecked
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            if (e instanceof InterruptedException ie) {
                throw ie;
            }
            throw new IllegalStateException("cannot listen for " + name + " on " + host + ":" + port + " ("
                    + e.getMessage() + "): is another engine running? Choose another port in the configuration", e);
        }
    }

    int port() {
        return ((InetSocketAddress) bound.channel().localAddress()).getPort();
    }

    static String transport() {
        return Epoll.isAvailable() ? "epoll" : "nio";
    }

    /** Stops accepting, then closes every connection; waits a bounded time. */
    @Override
    public void close() {
        bound.channel().close().syncUninterruptibly();
        var b = boss.shutdownGracefully(QUIET_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        var w = workers.shutdownGracefully(QUIET_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        b.awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS + 1_000);
        w.awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS + 1_000);
    }
}
