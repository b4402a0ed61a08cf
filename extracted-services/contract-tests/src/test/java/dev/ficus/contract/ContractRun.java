package dev.ficus.contract;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs contract cases in order against several targets: every answer must have the
 * expected status and body, every error must be a complete problem detail, and every
 * target must answer exactly like the first one (the monolith).
 */
final class ContractRun {

    /** RFC 9457 members every error body of the contract carries. */
    private static final List<String> PROBLEM_MEMBERS = List.of("type", "title", "status", "detail", "instance");

    private final ContractClient client;

    private final List<AppProcess> targets;

    ContractRun(JsonMapper json, List<AppProcess> targets) {
        this.client = new ContractClient(json);
        this.targets = List.copyOf(targets);
    }

    /**
     * One dynamic test per case; JUnit runs them in list order, so every target sees the
     * same history.
     */
    Stream<DynamicTest> tests(List<ContractCase> cases) {
        return cases.stream()
            .map(contractCase -> DynamicTest.dynamicTest(contractCase.name(), () -> check(contractCase)));
    }

    private void check(ContractCase contractCase) {
        List<Answer> answers = targets.stream().map(target -> client.send(target, contractCase)).toList();
        List<String> problems = new ArrayList<>();
        Answer reference = answers.get(0);
        for (Answer answer : answers) {
            if (answer.status() != contractCase.expectedStatus()) {
                problems.add(answer.target() + " answered " + answer.status() + ", the contract says "
                        + contractCase.expectedStatus() + ": " + answer.body());
            }
            if (answer.status() >= 400) {
                PROBLEM_MEMBERS.stream()
                    .filter(member -> !answer.body().has(member))
                    .forEach(member -> problems
                        .add(answer.target() + " error body lacks the problem-detail member '" + member + "'"));
            }
            if (contractCase.expectedBody() != null) {
                JsonDifferences.between(contractCase.expectedBody(), answer.body())
                    .forEach(line -> problems.add("contract vs " + answer.target() + "  " + line));
            }
            if (answer != reference) {
                compare(reference, answer, problems);
            }
        }
        if (!problems.isEmpty()) {
            fail(contractCase + "\n  " + String.join("\n  ", problems));
        }
    }

    private static void compare(Answer reference, Answer other, List<String> problems) {
        String sides = reference.target() + " vs " + other.target() + "  ";
        if (reference.status() != other.status()) {
            problems.add(sides + "status: " + reference.status() + " vs " + other.status());
        }
        if (!java.util.Objects.equals(reference.location(), other.location())) {
            problems.add(sides + "Location: " + reference.location() + " vs " + other.location());
        }
        JsonDifferences.between(reference.body(), other.body()).forEach(line -> problems.add(sides + line));
    }

}
