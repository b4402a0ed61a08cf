package dev.ficus.analyzer.plan.writer;

import dev.ficus.plan.Boundary;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.ChecklistStep;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.ExtractionScore;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.Names;
import dev.ficus.plan.RemoteOperation;
import dev.ficus.plan.Risk;
import dev.ficus.plan.Traffic;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Renders a {@link MigrationPlan} as {@code plan.md}, the version for people. */
final class PlanMarkdown {

    private final StringBuilder out = new StringBuilder();

    private PlanMarkdown() {
    }

    static String render(MigrationPlan plan) {
        PlanMarkdown markdown = new PlanMarkdown();
        markdown.overview(plan);
        plan.candidates().forEach(markdown::candidate);
        return markdown.out.toString();
    }

    private void overview(MigrationPlan plan) {
        line("# Migration plan for " + plan.analysedPath());
        line("");
        line("Extract the candidates in this order, one at a time, each to 100 % of its traffic before the next.");
        line("Score = " + number(ExtractionScore.BASE)
                + " + the sum of points per measured fact (see each candidate). Scores are compared in whole points:"
                + " within one point the smaller candidate goes first.");
        line("");
        line("| rank | candidate | score | risks |");
        line("| ---: | --- | ---: | --- |");
        for (CandidatePlan candidate : plan.candidates()) {
            line("| " + candidate.rank() + " | " + candidate.name() + " | " + number(candidate.score()) + " | "
                    + (candidate.risks().isEmpty() ? "none"
                            : String.join(", ", candidate.risks().stream().map(Risk::kind).distinct().toList()))
                    + " |");
        }
    }

    private void candidate(CandidatePlan candidate) {
        line("");
        line("## " + candidate.rank() + ". " + candidate.name() + " (score " + number(candidate.score()) + ")");
        why(candidate.why());
        risks(candidate.risks());
        boundary(candidate.boundary());
        data(candidate.data());
        traffic(candidate.traffic());
        checklist(candidate.checklist());
    }

    private void why(ExtractionScore score) {
        heading("Why this order");
        line("| fact | value | points each | points |");
        line("| --- | ---: | ---: | ---: |");
        for (ExtractionScore.Term term : score.terms()) {
            line("| " + term.fact() + " | " + number(term.value()) + " | " + number(term.weight()) + " | "
                    + number(term.points()) + " |");
        }
        line("| **score** | | | **" + number(score.value()) + "** |");
    }

    private void risks(List<Risk> risks) {
        if (!risks.isEmpty()) {
            heading("Risks");
            risks.forEach(risk -> line("- **" + risk.kind() + "**: " + risk.message()));
        }
    }

    private void boundary(Boundary boundary) {
        heading("Boundary");
        list("Types that move", boundary.movingTypes(), Function.identity());
        list("Entry points that move with them", boundary.entryPoints(), Function.identity());
        list("Shared-kernel types it uses (stay in a shared library)", boundary.sharedKernelTypes(),
                Function.identity());
        list("Calls into it from the rest (become remote)", boundary.incomingCalls(), PlanMarkdown::call);
        list("Calls from it to the rest (become remote)", boundary.outgoingCalls(), PlanMarkdown::call);
        list("Remote API to expose", boundary.remoteApi(), PlanMarkdown::operation);
        list("Better as events (no caller uses the result)", boundary.eventCandidates(),
                operation -> Names.simpleName(operation.callee()) + "." + operation.method()
                        + " — publish an event instead; called at " + String.join(", ", operation.callSites()));
    }

    private static String table(DataMove.Table table) {
        if (!table.sql()) {
            return "`" + table.name() + "` (" + table.store() + " collection of " + Names.simpleName(table.entity())
                    + ", moved with that store's tools)";
        }
        return "`" + table.name() + "`" + (table.entity().isEmpty() ? " (no JPA entity found)"
                : " (" + table.columns().size() + " columns, entity " + Names.simpleName(table.entity()) + ")");
    }

    private void data(DataMove data) {
        heading("Data");
        list("Tables that move", data.tables(), PlanMarkdown::table);
        list("Code elsewhere that touches them (change before moving the table)", data.foreignAccesses(),
                access -> "`" + access.table() + "` ← " + Names.simpleName(access.type()) + " (" + access.owner() + ", "
                        + access.via() + ") at " + access.location());
    }

    private void traffic(Traffic traffic) {
        heading("Traffic");
        line("Gateway route (strangler gateway properties), service on port " + traffic.port()
                + (traffic.endpoints().isEmpty() ? "; no HTTP entry point was found, so the path is a placeholder:"
                        : ":"));
        line("");
        line("```properties");
        traffic.gatewayProperties().forEach((key, value) -> line(key + "=" + value));
        line("```");
        line("");
        line("Rollout steps: " + String.join(" → ", traffic.rolloutSteps().stream().map(s -> s + " %").toList())
                + ", at least " + traffic.slo().minRequestsPerStep() + " requests per step. Roll back when the"
                + " error rate exceeds " + percent(traffic.slo().maxErrorRate()) + ", the service's p99 exceeds "
                + number(traffic.slo().maxP99Ratio()) + " × the monolith's, or shadow diffs exceed "
                + percent(traffic.slo().maxShadowDiffRate()) + ".");
    }

    private void checklist(List<ChecklistStep> steps) {
        heading("Checklist");
        for (ChecklistStep step : steps) {
            line("- [ ] " + step.number() + ". " + step.title() + ": `" + step.command() + "` — done when "
                    + step.done());
        }
    }

    private static String call(CrossingCall call) {
        return Names.simpleName(call.caller()) + " (" + call.callerOwner() + ") → " + Names.simpleName(call.callee())
                + "." + call.method() + " (" + call.calleeOwner() + ") at " + call.location()
                + (call.resultUsed() ? "" : ", result unused");
    }

    private static String operation(RemoteOperation operation) {
        return "`" + operation.httpMethod() + " " + operation.path() + "` ← " + Names.simpleName(operation.callee())
                + "." + operation.method() + "("
                + String.join(", ", operation.parameters().stream().map(p -> p.type() + " " + p.name()).toList())
                + "): " + operation.returnType() + "; called at " + String.join(", ", operation.callSites());
    }

    private <T> void list(String title, List<T> items, Function<T, String> text) {
        if (!out.toString().endsWith("\n\n")) {
            line("");
        }
        line("**" + title + "** (" + items.size() + ")" + (items.isEmpty() ? ": none" : ":"));
        if (!items.isEmpty()) {
            line("");
            items.forEach(item -> line("- " + text.apply(item)));
        }
    }

    private void heading(String title) {
        line("");
        line("### " + title);
        line("");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double share) {
        return number(share * 100) + " %";
    }

}
