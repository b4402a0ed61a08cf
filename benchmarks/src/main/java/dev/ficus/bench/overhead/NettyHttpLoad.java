package dev.ficus.bench.overhead;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import com.sun.management.OperatingSystemMXBean;
import org.HdrHistogram.Histogram;

import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoopbackTarget;

/**
 * HTTP/1.1 load over a fixed number of kept-alive connections, lean enough that the
 * generator is never what limits a path: one Netty event-loop thread for every connection
 * (native epoll where it loads, whose timers are precise to microseconds), the request's
 * bytes encoded once, only the answer's status, headers and end decoded.
 * <p>
 * Two ways to pace the requests, each connection having at most one in flight:
 * <ul>
 * <li><b>closed loop</b>: a connection sends its next request as soon as the answer to
 * the previous one arrived, for a fixed time; what completes per second is the maximum
 * throughput with that much concurrency.</li>
 * <li><b>fixed rate</b> (open model, as wrk2): the connections take turns, request
 * {@code i} being due at {@code start + i / rate}; a request whose connection is still
 * waiting for an answer goes out as soon as the answer arrives, and every latency is
 * measured from when the request was due, so a slow answer is charged for the requests it
 * held up (no coordinated omission).</li>
 * </ul>
 * A connection the server closes (nginx ends one after 1,000 requests by default) is
 * opened again; a request it leaves unanswered counts as an error.
 * <p>
 * Longer than 300 lines because a run, its pacing and its connections are inner classes
 * sharing the run's counters and latencies, which only the one event-loop thread touches:
 * as separate classes they would need that state passed around or made thread-safe, and
 * the generator would cost more than the paths it measures.
 */
final class NettyHttpLoad {

    /**
     * How long the last answers may take after the measured time before their connections
     * are closed.
     */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    private static final OperatingSystemMXBean PROCESS = ManagementFactory
        .getPlatformMXBean(OperatingSystemMXBean.class);

    private final int connections;

    private final Duration duration;

    /** Nanoseconds between two requests of the whole load; 0 for the closed loop. */
    private final long stepNanos;

    private NettyHttpLoad(int connections, Duration duration, long stepNanos) {
        this.connections = connections;
        this.duration = duration;
        this.stepNanos = stepNanos;
    }

    static NettyHttpLoad closedLoop(int connections, Duration duration) {
        return new NettyHttpLoad(connections, duration, 0);
    }

    static NettyHttpLoad fixedRate(double rate, int connections, Duration duration) {
        return new NettyHttpLoad(connections, duration, Math.max(1, Math.round(1e9 / rate)));
    }

    /**
     * What one run measured.
     *
     * @param offered requests due in the measured time (fixed rate), or sent (closed
     * loop)
     * @param ok 2xx answers
     * @param errors failed, unanswered and unsent requests, and non-2xx answers
     * @param errorKinds the errors by kind
     * @param seconds measured time, until the last answer
     * @param latency from when each successful request was due to its answer's end
     * @param sendLag how late each request went out after it was due
     * @param generatorCpu CPU time of the whole generator process over the measured time:
     * near 1 per CPU it may use means the generator, not the path, was the limit
     */
    record Figures(long offered, long ok, long errors, Map<String, Long> errorKinds, double seconds,
            LatencySummary latency, LatencySummary sendLag, double generatorCpu) {
    }

    /**
     * Runs the load against {@code path} of the loopback target and waits for its end.
     */
    Figures run(LoopbackTarget target, String path) {
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1,
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        URI uri = target.resolve(path);
        ByteBuf request = Unpooled.directBuffer()
            .writeBytes(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        Bootstrap bootstrap = new Bootstrap().group(group)
            .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000)
            .remoteAddress(uri.getHost(), uri.getPort());
        try {
            return new Run(bootstrap, request).run();
        }
        finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
            request.release();
        }
    }

    /** One run; every field but the latch is touched by the event-loop thread only. */
    private final class Run {

        private final Bootstrap bootstrap;

        private final ByteBuf request;

        private final Histogram latencyMicros = new Histogram(HIGHEST_MICROS, 3);

        private final Histogram sendLagMicros = new Histogram(HIGHEST_MICROS, 3);

        private final Map<String, Long> errorKinds = new TreeMap<>();

        private final CountDownLatch stopped = new CountDownLatch(connections);

        private long sent;

        private long ok;

        private long start;

        private long end;

        Run(Bootstrap bootstrap, ByteBuf request) {
            this.bootstrap = bootstrap;
            this.request = request;
        }

        Figures run() {
            long cpuBefore = PROCESS.getProcessCpuTime();
            start = System.nanoTime();
            end = start + duration.toNanos();
            EventLoopGroup group = bootstrap.config().group();
            group.execute(() -> {
                for (int i = 0; i < connections; i++) {
                    connect(new Pacing(start + i * stepNanos));
                }
            });
            try {
                stopped.await(duration.plus(DRAIN).toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (PROCESS.getProcessCpuTime() - cpuBefore) / 1e9 / seconds;
            try {
                // Read on the event loop, which wrote them.
                return group.submit(() -> figures(seconds, cpu)).get(5, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the load's figures", ex);
            }
            catch (ExecutionException | TimeoutException ex) {
                throw new IllegalStateException("cannot read the load's figures", ex);
            }
        }

        private Figures figures(double seconds, double cpu) {
            Map<String, Long> kinds = new TreeMap<>(errorKinds);
            long offered = sent;
            if (stepNanos > 0) {
                offered = due();
                if (offered > sent) {
                    kinds.merge("not sent (answer overdue)", offered - sent, Long::sum);
                }
            }
            long answered = ok + kinds.values().stream().mapToLong(Long::longValue).sum();
            if (offered > answered) {
                kinds.merge("unanswered", offered - answered, Long::sum);
            }
            long errors = kinds.values().stream().mapToLong(Long::longValue).sum();
            return new Figures(offered, ok, errors, kinds, seconds, LatencySummary.ofMicros(latencyMicros),
                    LatencySummary.ofMicros(sendLagMicros), cpu);
        }

        /** Requests due in the measured time at the fixed rate. */
        private long due() {
            long interval = stepNanos * connections;
            long due = 0;
            for (int i = 0; i < connections; i++) {
                long first = start + i * stepNanos;
                if (first < end) {
                    due += (end - first + interval - 1) / interval;
                }
            }
            return due;
        }

        private void error(String kind) {
            errorKinds.merge(kind, 1L, Long::sum);
        }

        private void connect(Pacing pacing) {
            if (pacing.over()) {
                stopped.countDown();
                return;
            }
            bootstrap.clone().handler(new ChannelInitializer<Channel>() {
                @Override
                protected void initChannel(Channel channel) {
                    channel.pipeline().addLast(new HttpResponseDecoder(), new Connection(pacing));
                }
            }).connect().addListener((ChannelFuture future) -> {
                if (!future.isSuccess()) {
                    if (stepNanos == 0) {
                        error("connect failed");
                    }
                    future.channel().eventLoop().schedule(() -> connect(pacing), 10, TimeUnit.MILLISECONDS);
                }
            });
        }

        /**
         * When one connection's next request is due; it outlives the connection when the
         * server closes it.
         */
        private final class Pacing {

            private long due;

            Pacing(long first) {
                this.due = first;
            }

            /** Whether this connection has sent all it should. */
            boolean over() {
                return (stepNanos == 0) ? System.nanoTime() >= end : due >= end;
            }

            /**
             * When the next request is due: now for the closed loop, else its turn at the
             * fixed rate.
             */
            long next() {
                return (stepNanos == 0) ? System.nanoTime() : due;
            }

            void sent() {
                due += stepNanos * connections;
            }

        }

        /** One connection's loop: send when due, read the whole answer, again. */
        private final class Connection extends ChannelInboundHandlerAdapter {

            private final Pacing pacing;

            private long due;

            private boolean waiting;

            private boolean success;

            private boolean keepAlive;

            private boolean finished;

            Connection(Pacing pacing) {
                this.pacing = pacing;
            }

            @Override
            public void channelActive(ChannelHandlerContext context) {
                proceed(context);
            }

            private void proceed(ChannelHandlerContext context) {
                if (pacing.over()) {
                    finished = true;
                    stopped.countDown();
                    context.close();
                    return;
                }
                long next = pacing.next();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    context.executor().schedule(() -> send(context, next), wait, TimeUnit.NANOSECONDS);
                }
                else {
                    send(context, next);
                }
            }

            private void send(ChannelHandlerContext context, long dueAt) {
                if (finished || !context.channel().isActive()) {
                    return;
                }
                long now = System.nanoTime();
                due = dueAt;
                waiting = true;
                sent++;
                pacing.sent();
                sendLagMicros.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(now - dueAt), HIGHEST_MICROS));
                context.writeAndFlush(request.retainedDuplicate());
            }

            @Override
            public void channelRead(ChannelHandlerContext context, Object message) {
                try {
                    if (message instanceof HttpResponse response) {
                        success = response.status().code() / 100 == 2 && response.decoderResult().isSuccess();
                        keepAlive = HttpUtil.isKeepAlive(response);
                        if (!success) {
                            error("status " + response.status().code());
                        }
                    }
                    if (message instanceof LastHttpContent && waiting) {
                        answered(context);
                    }
                }
                finally {
                    ReferenceCountUtil.release(message);
                }
            }

            private void answered(ChannelHandlerContext context) {
                waiting = false;
                if (success) {
                    ok++;
                    latencyMicros
                        .recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due), HIGHEST_MICROS));
                }
                if (keepAlive) {
                    proceed(context);
                }
                else {
                    context.close();
                }
            }

            @Override
            public void channelInactive(ChannelHandlerContext context) {
                if (finished) {
                    return;
                }
                finished = true;
                if (waiting) {
                    waiting = false;
                    error("connection closed");
                }
                // The server closed the connection (or it broke): open another one, or
                // stop when this connection has sent all it should.
                connect(pacing);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
                context.close();
            }

        }

    }

}
