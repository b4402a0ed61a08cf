package dev.ficus.analyzer.extract;

import java.util.List;
import java.util.Map;

/**
 * What makes the monolith's endpoints for the services' calls back answer those services
 * only: the {@code InternalCallers} of their package, asked before each endpoint runs (a
 * {@code @ModelAttribute} method, which Spring MVC and WebFlux both call before binding a
 * request's parameters or body), so an endpoints class copied without it does not
 * compile. Every name is qualified or prefixed, so that nothing the callee's own file
 * imports or declares can clash with it.
 */
final class InternalCallersGuard {

    static final String CALLER_HEADER = "X-Ficus-Caller";

    static final String TOKEN_HEADER = "X-Ficus-Caller-Token";

    /** The endpoints of a service, which caller-trust guards instead. */
    static final Map<String, String> NONE = Map.of("guardField", "", "guardParameter", "", "guardAssignment", "",
            "guardMethod", "");

    private static final String ANNOTATIONS = "org.springframework.web.bind.annotation.";

    private InternalCallersGuard() {
    }

    /**
     * The template's values for endpoints in {@code packageName} that only
     * {@code services} may call.
     */
    static Map<String, String> values(String packageName, List<String> services) {
        String type = packageName + ".InternalCallers";
        String names = String.join(", ", services.stream().map(service -> "\"" + service + "\"").toList());
        return Map.of("guardField", "\n\n    private final " + type + " ficusInternalCallers;", "guardParameter",
                ", " + type + " ficusInternalCallers", "guardAssignment",
                "        this.ficusInternalCallers = ficusInternalCallers;\n", "guardMethod",
                "\n    /** Before any endpoint: only " + String.join(" or ", services)
                        + ", with its token (see InternalCallers). */\n"
                        // named: Spring MVC skips an unnamed one when the model holds ""
                        + "    @" + ANNOTATIONS + "ModelAttribute(name = \"" + type + "\")\n"
                        + "    void checkFicusCaller(@" + ANNOTATIONS + "RequestHeader(name = \"" + CALLER_HEADER
                        + "\", required = false) String caller,\n            @" + ANNOTATIONS
                        + "RequestHeader(name = \"" + TOKEN_HEADER + "\", required = false) String token) {\n"
                        + "        this.ficusInternalCallers.check(caller, token, " + names + ");\n    }\n");
    }

}
