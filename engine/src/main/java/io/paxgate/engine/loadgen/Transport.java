package io.paxgate.engine.loadgen;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.paxgate.engine.os.LatencySlice;

import java.util.function.Consumer;

/**
 * The load generator's client transport: epoll where the native transport loads (its timers wake
 * an event loop to the microsecond, where NIO's selector rounds a wait to the millisecond), NIO
 * elsewhere, like the engine's servers.
 */
final class Transport {
    private Transport() {
    }

    static EventLoopGroup group(int threads, String name) {
        IoHandlerFactory io = Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        // the load generator's loops wake to send on time and to read answers: a short scheduler slice
        // lets them take a core from the engine's bulk threads sooner (BENCHMARKS.md, session 15)
        return new MultiThreadIoEventLoopGroup(threads,
                LatencySlice.around(new DefaultThreadFactory(name, true), LatencySlice.MIN_NANOS), io);
    }

    /**
     * A client bootstrap on {@code group}: this transport's channel, no Nagle delay, 5 s to connect,
     * and {@code pipeline} filling each new channel's pipeline.
     */
    static Bootstrap client(EventLoopGroup group, Consumer<ChannelPipeline> pipeline) {
        return new Bootstrap().group(group).channel(channel())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        pipeline.accept(ch.pipeline());
                    }
                });
    }

    static Class<? extends SocketChannel> channel() {
        return Epoll.isAvailable() ? EpollSocketChannel.class : NioSocketChannel.class;
    }
}
