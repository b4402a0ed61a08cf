package dev.ficus.gateway.shadow;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.ficus.gateway.routing.Capability;

/**
 * Shadow reports with nothing compared yet, for tests outside this package.
 */
public final class ShadowReportsFixture {

    private ShadowReportsFixture() {
    }

    public static ShadowReports empty(List<Capability> capabilities) {
        return new ShadowReports(capabilities, new SimpleMeterRegistry(), 10);
    }

}
