package dev.ficus.gateway.dashboard;

import java.time.Instant;
import java.util.List;

import dev.ficus.gateway.api.AuditEntry;

/**
 * Everything the dashboard page renders, refreshed on every poll.
 *
 * @param time when the data was taken
 * @param windowSeconds the length of the window rates are computed over
 * @param capabilities one panel per capability
 * @param decisions latest route changes and rollout decisions, newest first
 */
record DashboardData(Instant time, double windowSeconds, List<CapabilityPanel> capabilities,
        List<AuditEntry> decisions) {
}
