package dev.ficus.gateway.routing;

import org.jspecify.annotations.Nullable;
import dev.ficus.gateway.api.Mode;

import java.time.Duration;
import java.util.Optional;

/**
 * Which side's database holds a capability's data of record, and whether the monolith
 * keeps a copy in sync: this decides whether a request the service could not take may be
 * answered by the monolith.
 *
 * @param writes who owns the data; {@link Writes#AUTO} derives it from the mode
 * @param syncedCopyLag how far behind the monolith's copy may be when something keeps it
 * in sync (e.g. the service's events applied to it), or {@code null} when nothing does
 */
public record DataOwnership(Writes writes, @Nullable Duration syncedCopyLag) {

    /** The default: owner derived from the mode, no copy kept in sync. */
    public static final DataOwnership AUTO = new DataOwnership(Writes.AUTO, null);

    public DataOwnership {
        writes = writes == null ? Writes.AUTO : writes;
        if (syncedCopyLag != null && syncedCopyLag.isNegative()) {
            throw new IllegalArgumentException("synced-copy-lag must not be negative, was " + syncedCopyLag);
        }
    }

    /**
     * Whether the service owns the data in the given mode. Derived: from the first canary
     * step on, some users' writes land in the service's database, so from then on a write
     * may not be redirected to the monolith's.
     */
    public boolean serviceOwns(Mode mode) {
        return switch (writes) {
            case MONOLITH -> false;
            case SERVICE -> true;
            case AUTO -> mode == Mode.CANARY || mode == Mode.SERVICE;
        };
    }

    /** How stale the monolith's copy may be, when one is kept in sync. */
    public Optional<Duration> syncedCopy() {
        return Optional.ofNullable(syncedCopyLag);
    }

    /** Who owns a capability's data. */
    public enum Writes {

        /** The service from {@link Mode#CANARY} on, the monolith before. */
        AUTO,

        /**
         * The monolith's database stays the data of record (e.g. the service writes
         * through to it).
         */
        MONOLITH,

        /** The service's database is the data of record whatever the mode. */
        SERVICE

    }

}
