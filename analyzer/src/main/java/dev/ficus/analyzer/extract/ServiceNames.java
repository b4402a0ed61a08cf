package dev.ficus.analyzer.extract;

import dev.ficus.plan.CandidatePlan;
import java.util.Map;

/**
 * How the service generated for a candidate is named, everywhere the same.
 *
 * @param candidate the candidate's name in the plan, e.g. {@code notifications}
 * @param packageName the service's root package, e.g.
 * {@code dev.ficus.notificationsservice}
 * @param prefix prefix of its class names, e.g. {@code Notifications}
 * @param artifactId its Maven artifact and folder name, e.g.
 * {@code notifications-service}
 * @param identifier a lower-case identifier, e.g. {@code notifications}
 * @param port the port the plan proposes for it
 */
record ServiceNames(String candidate, String packageName, String prefix, String artifactId, String identifier,
        int port) {

    static ServiceNames of(CandidatePlan candidate) {
        String packageName = candidate.servicePackage();
        String identifier = packageName.substring(packageName.lastIndexOf('.') + 1);
        return new ServiceNames(candidate.name(), packageName, candidate.serviceClassPrefix(),
                candidate.serviceArtifact(), identifier.substring(0, identifier.length() - "service".length()),
                candidate.traffic().port());
    }

    String folder(String subPackage) {
        return "src/main/java/" + (packageName + (subPackage.isEmpty() ? "" : "." + subPackage)).replace('.', '/')
                + "/";
    }

    Map<String, String> values() {
        return Map.of("name", candidate, "package", packageName, "prefix", prefix, "artifactId", artifactId,
                "identifier", identifier, "port", String.valueOf(port));
    }

}
