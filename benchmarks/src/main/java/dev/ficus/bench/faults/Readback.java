package dev.ficus.bench.faults;

import java.util.Optional;

/**
 * What the databases hold for one acknowledged write after recovery.
 *
 * @param owner the fingerprint the owner's database answers for the write's id, empty
 * when it has no record
 * @param other the fingerprint another database (the monolith's copy of a service's
 * tables) answers, empty when there is none or it has no record
 */
public record Readback(Optional<String> owner, Optional<String> other) {

    public static Readback ownerOnly(Optional<String> owner) {
        return new Readback(owner, Optional.empty());
    }
}
