package dev.ficus.gateway.canary;

/**
 * Places a user key in one of 100 buckets by MurmurHash3, salted with the capability so
 * different capabilities pick different users. A user is on the service side iff its
 * bucket is below the weight, so raising the weight only ever moves users from the
 * monolith to the service.
 */
public final class ConsistentBuckets {

    /** Number of buckets; a weight is a bucket count. */
    public static final int BUCKETS = 100;

    private ConsistentBuckets() {
    }

    /** The bucket, 0–99, of a key for a capability. */
    public static int bucketOf(String capability, String key) {
        int seed = Murmur3.hash32(capability, 0);
        return Math.floorMod(Murmur3.hash32(key, seed), BUCKETS);
    }

    /** Whether a key goes to the service at the given weight. */
    public static boolean onService(String capability, String key, int weight) {
        return bucketOf(capability, key) < weight;
    }

}
