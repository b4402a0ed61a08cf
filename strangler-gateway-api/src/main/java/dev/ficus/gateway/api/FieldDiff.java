package dev.ficus.gateway.api;

import org.jspecify.annotations.Nullable;

/**
 * One field whose value differs between the monolith's and the service's answer.
 *
 * @param path JSON path with array indexes written {@code [*]}, e.g.
 * {@code $.items[*].price}
 * @param monolith the monolith's value as JSON, or {@code null} when absent
 * @param service the service's value as JSON, or {@code null} when absent
 */
public record FieldDiff(String path, @Nullable String monolith, @Nullable String service) {
}
