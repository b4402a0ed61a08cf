package dev.ficus.gateway.canary;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistentBucketsUnitTests {

    @Test
    void hashesLikeTheReferenceMurmur3() {
        // Published MurmurHash3_x86_32 test vectors.
        assertThat(Murmur3.hash32("", 0)).isZero();
        assertThat(Murmur3.hash32("", 1)).isEqualTo(0x514E28B7);
        assertThat(Murmur3.hash32("", 0xffffffff)).isEqualTo(0x81F16F39);
        assertThat(Murmur3.hash32("test", 0)).isEqualTo(0xba6bd213);
        assertThat(Murmur3.hash32("Hello, world!", 0x9747b28c)).isEqualTo(0x24884CBA);
        assertThat(Murmur3.hash32("The quick brown fox jumps over the lazy dog", 0x9747b28c)).isEqualTo(0x2FA826CD);
    }

    @Test
    void spreadsKeysEvenlyOverTheBuckets() {
        int[] counts = new int[ConsistentBuckets.BUCKETS];
        IntStream.range(0, 100_000).forEach(i -> counts[ConsistentBuckets.bucketOf("catalog", "user-" + i)]++);

        assertThat(IntStream.of(counts).min().orElseThrow()).isGreaterThan(850);
        assertThat(IntStream.of(counts).max().orElseThrow()).isLessThan(1_150);
    }

    @Test
    void neverMovesAKeyBackToTheMonolithWhenTheWeightRises() {
        IntStream.range(0, 10_000).mapToObj(i -> "user-" + i).forEach(key -> {
            boolean wasOnService = false;
            for (int weight = 0; weight <= 100; weight++) {
                boolean onService = ConsistentBuckets.onService("catalog", key, weight);
                assertThat(!wasOnService || onService).as("%s at weight %d", key, weight).isTrue();
                wasOnService = onService;
            }
            assertThat(wasOnService).isTrue();
        });
    }

    @Test
    void picksDifferentUsersForDifferentCapabilities() {
        long same = IntStream.range(0, 1_000)
            .mapToObj(i -> "user-" + i)
            .filter(key -> ConsistentBuckets.bucketOf("catalog", key) == ConsistentBuckets.bucketOf("inventory", key))
            .count();

        assertThat(same).isLessThan(40);
    }

}
