package dev.ficus.analyzer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.ficus.plan.Risk;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RoutePathsUnitTests {

    @Test
    void takesTheFirstSegmentOrTheApiPathWhenNoOtherOwnerAnswersUnderIt() {
        RoutePaths.Proposal proposal = new RoutePaths(
                List.of(owned("orders", "/api/orders/{id}"), owned("platform", "/error")))
            .of(List.of("/api/catalog/products/{id}", "/api/catalog/products", "/catalog/search",
                    "/actuator/faults/{capability}"), "candidate");

        assertThat(proposal.patterns()).containsExactly("/api/catalog/**", "/catalog/**");
        assertThat(proposal.sharedWith()).isEmpty();
    }

    @Test
    void goesDeeperUntilThePatternTakesNoPathOfAnotherCandidate() {
        RoutePaths.Proposal proposal = new RoutePaths(List.of(owned("system", "/resource/oss/list"),
                owned("system", "/resource/oss/{ossIds}"), owned("auth", "/auth/login"), owned("auth", "/auth/logout")))
            .of(List.of("/auth/code", "/resource/sms/code", "/resource/email/code"), "candidate");

        assertThat(proposal.patterns()).containsExactly("/auth/code/**", "/resource/email/**", "/resource/sms/**");
        assertThat(proposal.sharedWith()).isEmpty();
    }

    @Test
    void readsAPathVariableOrPlaceholderAsAnySegment() {
        RoutePaths.Proposal proposal = new RoutePaths(
                List.of(owned("orders", "/api/orders/{id}"), owned("platform", "/${sse.path}/send")))
            .of(List.of("/api/orders/{orderId}/invoice", "/api/orders/{orderId}/invoice/pdf", "/events/close"),
                    "candidate");

        assertThat(proposal.patterns()).containsExactly("/api/orders/*/invoice/**", "/events/close/**");
        assertThat(new RoutePaths(List.of(owned("platform", "/${sse.path}/close")))
            .of(List.of("/events/close"), "candidate")
            .sharedWith()).containsExactly(entry("/events/close", new TreeSet<>(Set.of("platform"))));
    }

    @Test
    void leavesAPathAnotherOwnerAnswersToTheMonolithAndSaysWho() {
        RoutePaths.Proposal proposal = new RoutePaths(List.of(owned("owners", "/owners/{ownerId}"),
                owned("platform", "/files/**"), owned("visits", "/owners/{ownerId}/visits")))
            .of(List.of("/owners/new", "/owners/find", "/files/report", "/owners/{ownerId}/edit"), "candidate");

        assertThat(proposal.patterns()).containsExactly("/owners/*/edit/**");
        assertThat(proposal.sharedWith()).containsOnlyKeys("/owners/new", "/owners/find", "/files/report")
            .containsEntry("/files/report", new TreeSet<>(Set.of("platform")))
            .containsEntry("/owners/new", new TreeSet<>(Set.of("owners")));
        assertThat(Risks.sharedPaths(proposal.sharedWith())).extracting(Risk::kind, Risk::message)
            .contains(org.assertj.core.groups.Tuple.tuple("shared-path", "/files/report is also a path of platform:"
                    + " the gateway routes by path, not by handler, so no route proposed here takes it and its"
                    + " requests stay with the monolith; give the candidate's handler a path of its own to move it"));
    }

    @Test
    void routesAnExactPathWhenOnlyLongerPathsOfOthersLieBelowIt() {
        RoutePaths.Proposal proposal = new RoutePaths(List.of(owned("tags", "/articles/tags/popular")))
            .of(List.of("/articles", "/articles/tags"), "candidate");

        assertThat(proposal.patterns()).containsExactly("/articles", "/articles/tags");
        assertThat(proposal.sharedWith()).isEmpty();
    }

    @Test
    void routesTheRootPathAloneUnlessAnotherOwnerAnswersIt() {
        RoutePaths.Proposal welcome = new RoutePaths(List.of(owned("owners", "/owners/**"), owned("vets", "/vets")))
            .of(List.of("/", "/oups"), "candidate");
        RoutePaths.Proposal shared = new RoutePaths(List.of(owned("platform", "/{*path}"))).of(List.of("/"),
                "candidate");

        assertThat(welcome.patterns()).containsExactly("/", "/oups/**");
        assertThat(welcome.sharedWith()).isEmpty();
        assertThat(shared.sharedWith()).containsExactly(entry("/", new TreeSet<>(Set.of("platform"))));
        assertThat(shared.routable()).isFalse();
    }

    @Test
    void sharesNoPathWithAVariableWhoseRegularExpressionRefusesIt() {
        RoutePaths.Proposal proposal = new RoutePaths(List.of(owned("owners", "/owners/{ownerId:\\d+}")))
            .of(List.of("/owners/new", "/owners/{id}/pets"), "candidate");

        assertThat(proposal.patterns()).containsExactly("/owners/*/pets/**", "/owners/new/**");
        assertThat(proposal.sharedWith()).isEmpty();
    }

    @Test
    void readsSpringsCapturingRestAsTheRestOfThePath() {
        RoutePaths.Proposal proposal = new RoutePaths(
                List.of(owned("cargo", "/cargo"), owned("files", "/files/a/b"), owned("reports", "/v1/users")))
            .of(List.of("/cargo/{id : [A-Z]+}", "/files/{*path}", "/v?/orders", "/docs/{p: [a-z]+/[0-9]+}"),
                    "candidate");

        assertThat(proposal.patterns()).containsExactly("/*/orders/**", "/cargo/*/**", "/docs/**");
        assertThat(proposal.sharedWith()).containsOnlyKeys("/files/{*path}");
    }

    @Test
    void inventsARouteNoOtherOwnerAnswersUnderWhenNoPathOfItsOwnIsLeft() {
        RoutePaths.Proposal stock = new RoutePaths(List.of(owned("report", "/api/stock/export"),
                owned("report", "/api/stock/{id}"), owned("search", "/stock/find")))
            .of(List.of("/api/stock/{id}"), "stock");
        RoutePaths.Proposal mail = new RoutePaths(List.of(owned("report", "/api/stock/export"))).of(List.of(), "mail");

        assertThat(stock.patterns()).containsExactly("/ficus/stock/**");
        assertThat(stock.routable()).isFalse();
        assertThat(mail.patterns()).containsExactly("/api/mail/**");
        assertThat(mail.routable()).isFalse();
    }

    private static RoutePaths.OwnedPath owned(String owner, String path) {
        return new RoutePaths.OwnedPath(owner, path);
    }

}
