package dev.ficus.analyzer.extract;

import java.util.Map;
import java.util.SortedSet;

/**
 * What makes the monolith's endpoints for a service's calls back answer that service
 * only: the {@code InternalCallers} of their package, asked before each endpoint runs (a
 * {@code @ModelAttribute} method, which Spring MVC and WebFlux both call before reading a
 * request body), so an endpoints class copied without it does not compile.
 */
final class InternalCallersGuard {

    static final String CALLER_HEADER = "X-Ficus-Caller";

    static final String TOKEN_HEADER = "X-Ficus-Caller-Token";

    /** The endpoints of a service, which caller-trust guards instead. */
    static final Map<String, String> NONE = Map.of("guardField", "", "guardParameter", "", "guardAssignment", "",
            "guardMethod", "");

    private InternalCallersGuard() {
    }

    /** The template's values for endpoints only {@code caller} may call. */
    static Map<String, String> values(String caller, SortedSet<String> imports) {
        imports.add("org.springframework.web.bind.annotation.ModelAttribute");
        imports.add("org.springframework.web.bind.annotation.RequestHeader");
        return Map.of("guardField", "\n\n    private final InternalCallers internalCallers;", "guardParameter",
                ", InternalCallers internalCallers", "guardAssignment",
                "        this.internalCallers = internalCallers;\n", "guardMethod",
                "\n    /** Before any endpoint: only " + caller + ", with its token (see InternalCallers). */\n"
                        + "    @ModelAttribute\n    void onlyTheService(@RequestHeader(name = \"" + CALLER_HEADER
                        + "\", required = false) String caller,\n            @RequestHeader(name = \"" + TOKEN_HEADER
                        + "\", required = false) String token) {\n        this.internalCallers.check(\"" + caller
                        + "\", caller, token);\n    }\n");
    }

}
