package dev.ficus.gateway.traffic;

import dev.ficus.gateway.routing.Side;

/**
 * Cumulative traffic of one capability at a moment, per side, plus the fallbacks to the
 * monolith.
 *
 * @param monolith the monolith side
 * @param service the service side
 * @param fallbacks requests the service could not serve that the monolith answered
 */
public record TrafficSnapshot(SideSnapshot monolith, SideSnapshot service, long fallbacks) {

    public SideSnapshot side(Side side) {
        return side == Side.MONOLITH ? monolith : service;
    }

    public TrafficSnapshot since(TrafficSnapshot earlier) {
        return new TrafficSnapshot(monolith.since(earlier.monolith), service.since(earlier.service),
                fallbacks - earlier.fallbacks);
    }

}
