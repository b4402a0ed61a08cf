package dev.ficus.analyzer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Which processes may call the service once {@code ficus.trust.enabled} is on, read from
 * the plan's call directions: the gateway always (it forwards the capability's traffic),
 * the monolith when it calls operations of the candidate; and, when the service calls
 * back into the monolith, the name the monolith's own allow-list must accept.
 */
final class CallerAllowList {

    static final String GATEWAY = "strangler-gateway";

    static final String MONOLITH = "monolith-app";

    private final ServiceNames names;

    private final boolean calledByMonolith;

    private final boolean callsBack;

    CallerAllowList(ServiceNames names, CandidateBoundary boundary) {
        this.names = names;
        this.calledByMonolith = !boundary.incomingOperations().isEmpty();
        this.callsBack = !boundary.callBacks().isEmpty();
    }

    List<String> callers() {
        List<String> callers = new ArrayList<>(List.of(GATEWAY));
        if (calledByMonolith) {
            callers.add(MONOLITH);
        }
        return callers;
    }

    /** The section of the service's {@code application.properties}. */
    String properties() {
        String why = "the gateway forwards the " + names.candidate() + " traffic"
                + (calledByMonolith ? "; the monolith calls its operations" : "; nothing else calls it")
                + (callsBack ? "; it calls back into the monolith as " + artifactId() : "") + ".";
        return "\n# Which process may call this one once ficus.trust.enabled=true, from the plan's call directions: "
                + why
                + "\n# Tokens never go in this file: give each caller's as --ficus.trust.callers.NAME=TOKEN (and this"
                + " service's own\n# as --ficus.trust.token) from a Secret or the environment.\n"
                + "ficus.trust.caller=" + artifactId() + "\nficus.trust.mtls.callers=" + String.join(",", callers())
                + "\n";
    }

    /**
     * What the README says to start the service with, and what the monolith must accept.
     */
    String readme() {
        StringBuilder text = new StringBuilder("With `ficus.trust.enabled=true` the service answers only ")
            .append(String.join(" and ", callers().stream().map(name -> "`" + name + "`").toList()))
            .append(" (the plan's call directions; `ficus.trust.mtls.callers` in its `application.properties`"
                    + " for mutual TLS). Give their tokens when you start it:\n\n```\njava -jar target/")
            .append(artifactId())
            .append("-0.1.0-SNAPSHOT.jar --ficus.trust.enabled=true");
        callers().forEach(caller -> text.append(" \\\n    --ficus.trust.callers.")
            .append(caller)
            .append("=\"$")
            .append(caller.toUpperCase().replace('-', '_'))
            .append("_TOKEN\""));
        if (callsBack) {
            text.append(" \\\n    --ficus.trust.token=\"$")
                .append(artifactId().toUpperCase().replace('-', '_'))
                .append("_TOKEN\"");
        }
        text.append("\n```\n");
        if (callsBack) {
            text.append("\nIt calls back into the monolith as `")
                .append(artifactId())
                .append("`: add `--ficus.trust.callers.")
                .append(artifactId())
                .append("=\"$")
                .append(artifactId().toUpperCase().replace('-', '_'))
                .append("_TOKEN\"` when you start the monolith with the adapters, and start the service with"
                        + " that token as its `--ficus.trust.token`: until then the monolith's endpoints for its calls"
                        + " back refuse them (their `InternalCallers`). The calls carry no client certificate: with"
                        + " mutual TLS the monolith names the service by its token all the same.\n");
        }
        return text.toString();
    }

    private String artifactId() {
        return names.artifactId();
    }

}
