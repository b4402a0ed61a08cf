package dev.ficus.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Picks loopback ports nobody is listening on, so topologies never collide with other
 * servers on the machine. They come from below the kernel's ephemeral range: a port the
 * kernel hands out for {@code bind(0)} is also what it gives the next outgoing
 * connection, so between being picked and being bound by the process it was picked for, a
 * client socket of another process could take it (seen once in CI: "Port 40307 was
 * already in use" while five processes of a topology started).
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private static final int EPHEMERAL_START = ephemeralStart();

    /**
     * Walks the range from a random start, so two runs at once seldom try the same ports.
     */
    private static final AtomicInteger NEXT = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(Math.max(1, EPHEMERAL_START - LOWEST)));

    private FreePorts() {
    }

    public static int next() {
        int size = EPHEMERAL_START - LOWEST;
        for (int attempt = 0; size > 0 && attempt < 1_000; attempt++) {
            int port = LOWEST + Math.floorMod(NEXT.getAndIncrement(), size);
            if (isFree(port)) {
                return port;
            }
        }
        return anyEphemeral();
    }

    /**
     * Where the kernel's ephemeral range starts: 32768 unless the machine says otherwise.
     */
    static int ephemeralStart() {
        // read line by line: procfs files report size 0, and Files.readString then
        // returns
        // only their first byte
        try (BufferedReader range = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            return Integer.parseInt(range.readLine().trim().split("\\s+")[0]);
        }
        catch (IOException | RuntimeException ex) {
            return 32_768;
        }
    }

    /** Whether nothing listens on {@code port} of the loopback address. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static int anyEphemeral() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("no free loopback port", ex);
        }
    }

}
