package dev.ficus.gateway.admin;

import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether the request's path matches one of a few patterns, decided at once. It does what
 * {@code ServerWebExchangeMatchers.pathMatchers} does for these patterns without its
 * reactive fan-out and debug messages per pattern, which cost more than the proxying
 * filters of every request the user-port chain lets through.
 */
final class PathPatternsMatcher implements ServerWebExchangeMatcher {

    private static final Mono<MatchResult> MATCH = MatchResult.match();

    private static final Mono<MatchResult> NO_MATCH = MatchResult.notMatch();

    private final List<PathPattern> patterns;

    PathPatternsMatcher(String... patterns) {
        this.patterns = Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return MATCH;
            }
        }
        return NO_MATCH;
    }

    @Override
    public String toString() {
        return "PathPatternsMatcher" + patterns;
    }

}
