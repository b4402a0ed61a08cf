package dev.ficus.gateway.api;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code PUT /admin/routes/{capability}}.
 *
 * @param mode the new mode, case-insensitive
 * @param weight the canary weight 0–100, required for {@link Mode#CANARY}
 * @param reason why, for the audit log; optional, at most {@value #REASON_MAX_LENGTH}
 * characters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteChange(@Nullable Mode mode, @Nullable Integer weight, @Nullable String reason) {

    /** The longest reason the gateway stores. */
    public static final int REASON_MAX_LENGTH = 500;

}
