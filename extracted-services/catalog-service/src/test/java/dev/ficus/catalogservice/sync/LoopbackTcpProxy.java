package dev.ficus.catalogservice.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a free loopback port that a test can cut: {@link #cut()} drops every
 * open connection and refuses new ones until {@link #restore()}, as a network partition
 * between an application and its broker would.
 */
final class LoopbackTcpProxy implements AutoCloseable {

    private final ServerSocket server;

    private final String targetHost;

    private final int targetPort;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private final AtomicInteger dropped = new AtomicInteger();

    private volatile boolean cut;

    private LoopbackTcpProxy(ServerSocket server, String targetHost, int targetPort) {
        this.server = server;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    static LoopbackTcpProxy to(String targetHost, int targetPort) throws IOException {
        LoopbackTcpProxy proxy = new LoopbackTcpProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                targetHost, targetPort);
        daemon("proxy-accept", proxy::acceptLoop);
        return proxy;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Drops all connections and refuses new ones. */
    void cut() {
        cut = true;
        dropped.addAndGet(open.size());
        open.forEach(this::closeQuietly);
    }

    void restore() {
        cut = false;
    }

    /** Sockets dropped by {@link #cut()} plus connections refused while cut. */
    int dropped() {
        return dropped.get();
    }

    @Override
    public void close() {
        closeQuietly(server);
        open.forEach(this::closeQuietly);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    dropped.incrementAndGet();
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            }
            catch (IOException e) {
                // server closed or target unreachable: the client sees a dropped
                // connection either way
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon("proxy-pump", () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
            catch (IOException e) {
                // one side went away; closing both below ends the other pump too
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
            if (closeable instanceof Socket socket) {
                open.remove(socket);
            }
        }
        catch (Exception e) {
            // already closed
        }
    }

}
