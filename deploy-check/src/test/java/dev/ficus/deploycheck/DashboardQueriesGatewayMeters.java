package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;

/**
 * Every {@code ficus_gateway_*} series a Grafana dashboard ConfigMap (label
 * {@code grafana_dashboard}) queries comes from a meter the strangler gateway registers.
 */
final class DashboardQueriesGatewayMeters implements ManifestCheck {

    private static final Pattern SERIES = Pattern.compile("ficus_gateway_[a-z_]+");

    private final GatewayMeters meters;

    DashboardQueriesGatewayMeters(GatewayMeters meters) {
        this.meters = meters;
    }

    @Override
    public String rule() {
        return "every ficus_gateway_* series a dashboard queries is a meter the gateway registers";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (ConfigMap map : manifests.of(ConfigMap.class)) {
            if (map.getMetadata().getLabels() == null
                    || !map.getMetadata().getLabels().containsKey("grafana_dashboard")) {
                continue;
            }
            Set<String> unknown = new TreeSet<>();
            map.getData().values().forEach(json -> {
                Matcher matcher = SERIES.matcher(json);
                while (matcher.find()) {
                    if (!meters.names().contains(GatewayMeters.meterOf(matcher.group()))) {
                        unknown.add(matcher.group());
                    }
                }
            });
            unknown.forEach(series -> problems.add("ConfigMap " + map.getMetadata().getName() + " queries " + series
                    + ", which no gateway meter publishes (meters: " + new TreeSet<>(meters.names()) + ")"));
        }
        return problems;
    }

}
