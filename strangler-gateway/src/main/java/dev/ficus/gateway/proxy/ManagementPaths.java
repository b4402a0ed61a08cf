package dev.ficus.gateway.proxy;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether a request is for a management path, e.g. {@code /actuator/**}, in any letter
 * case: a backend whose paths are case-insensitive must not be reachable by spelling
 * {@code /ACTUATOR}.
 */
final class ManagementPaths implements Predicate<ServerWebExchange> {

    private final List<PathPattern> patterns;

    ManagementPaths(List<String> patterns) {
        PathPatternParser parser = new PathPatternParser();
        parser.setCaseSensitive(false);
        this.patterns = patterns.stream().map(parser::parse).toList();
    }

    @Override
    public boolean test(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }

}
