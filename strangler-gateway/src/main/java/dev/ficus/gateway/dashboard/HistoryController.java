package dev.ficus.gateway.dashboard;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ficus.gateway.routing.RouteTable;

/**
 * The per-second traffic history of every capability over the last 15 minutes, for the
 * dashboard's charts and anyone's tooling.
 */
@RestController
class HistoryController {

    private final RouteTable table;

    private final TrafficHistory history;

    HistoryController(RouteTable table, TrafficHistory history) {
        this.table = table;
        this.history = history;
    }

    @GetMapping("/dashboard/history")
    List<CapabilityHistory> history() {
        return table.capabilities()
            .stream()
            .map(capability -> new CapabilityHistory(capability.name(), history.points(capability.name())))
            .toList();
    }

    /**
     * The history of one capability.
     *
     * @param name the capability
     * @param points one per sampling step, oldest first
     */
    record CapabilityHistory(String name, List<HistoryPoint> points) {
    }

}
