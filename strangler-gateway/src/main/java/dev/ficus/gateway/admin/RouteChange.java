package dev.ficus.gateway.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.ficus.gateway.routing.Mode;
import dev.ficus.gateway.routing.RouteSetting;

/**
 * Body of {@code PUT /admin/routes/{capability}}.
 *
 * @param mode the new mode, case-insensitive
 * @param weight the canary weight 0–100, required for {@link Mode#CANARY}
 * @param reason why, for the audit log; optional, at most {@value #REASON_MAX_LENGTH}
 * characters
 */
record RouteChange(@NotNull Mode mode, @Min(0) @Max(100) Integer weight, @Size(max = REASON_MAX_LENGTH) String reason) {

    static final int REASON_MAX_LENGTH = 500;

    RouteSetting toSetting() {
        if (mode == Mode.CANARY && weight == null) {
            throw new IllegalArgumentException("weight is required for mode CANARY");
        }
        return new RouteSetting(mode, weight == null ? 0 : weight);
    }

}
