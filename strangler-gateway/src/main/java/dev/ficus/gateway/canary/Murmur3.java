package dev.ficus.gateway.canary;

import java.nio.charset.StandardCharsets;

/**
 * MurmurHash3 x86 32-bit (Austin Appleby, public domain): a fast, well-mixed,
 * non-cryptographic hash whose output is the same on every JVM and platform, as sticky
 * routing needs.
 */
final class Murmur3 {

    private static final int C1 = 0xcc9e2d51;

    private static final int C2 = 0x1b873593;

    private Murmur3() {
    }

    static int hash32(String text, int seed) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        int h = seed;
        int blocks = data.length / 4;
        for (int i = 0; i < blocks; i++) {
            int k = (data[4 * i] & 0xff) | (data[4 * i + 1] & 0xff) << 8 | (data[4 * i + 2] & 0xff) << 16
                    | (data[4 * i + 3] & 0xff) << 24;
            h ^= mixK(k);
            h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
        }
        int tail = 0;
        int offset = blocks * 4;
        switch (data.length & 3) {
            case 3:
                tail ^= (data[offset + 2] & 0xff) << 16;
            case 2:
                tail ^= (data[offset + 1] & 0xff) << 8;
            case 1:
                tail ^= data[offset] & 0xff;
                h ^= mixK(tail);
            default:
        }
        h ^= data.length;
        return fmix(h);
    }

    private static int mixK(int k) {
        return Integer.rotateLeft(k * C1, 15) * C2;
    }

    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

}
