package dev.ficus.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreePortsUnitTests {

    @Test
    void picksDistinctBindablePortsBelowTheEphemeralRangeOutgoingConnectionsUse() throws IOException {
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int port = FreePorts.next();
            assertThat(port).isBetween(10_000, FreePorts.ephemeralStart() - 1);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
            picked.add(port);
        }
        assertThat(picked).hasSize(20);
    }

    @Test
    void readsWhereTheKernelsEphemeralRangeStarts() {
        assertThat(FreePorts.ephemeralStart()).isGreaterThan(10_000);
    }

    @Test
    void skipsAPortSomeoneListensOn() throws IOException {
        int taken = FreePorts.next();
        try (ServerSocket listening = new ServerSocket(taken, 1, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 50; i++) {
                assertThat(FreePorts.next()).isNotEqualTo(taken);
            }
        }
    }

}
