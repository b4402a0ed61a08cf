package dev.ficus.gateway.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One instance of a capability's service as the admin API shows it.
 *
 * @param url its base URL
 * @param health {@code UP}, {@code DOWN} or {@code UNKNOWN} (not checked: the only
 * instance, or before its first check)
 * @param checkedAt when its latest health check ended, or {@code null}
 * @param detail the latest answer or failure, in a few words
 */
public record InstanceView(String url, String health, @Nullable Instant checkedAt, String detail) {

}
