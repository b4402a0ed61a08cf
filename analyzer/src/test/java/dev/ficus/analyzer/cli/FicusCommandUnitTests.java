package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class FicusCommandUnitTests {

    @TempDir
    Path folder;

    @Test
    void printsHelpOfEveryCommand() {
        FicusRun top = FicusRun.of("--help");
        FicusRun analyze = FicusRun.of("analyze", "--help");

        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).contains("Usage: ficus").contains("analyze");
        assertThat(analyze.exitCode()).isZero();
        assertThat(analyze.out()).contains("Usage: ficus analyze").contains("--services=N").contains("--format");
    }

    @Test
    void printsTheVersion() {
        FicusRun run = FicusRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ficus ");
    }

    @Test
    void rejectsAMissingPathWithOneLineAndExitCodeTwo() {
        assertUserMistake(FicusRun.of("analyze"), "ficus analyze: Missing required parameter: 'PATH'");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertUserMistake(FicusRun.of("analyze", folder.toString(), "--frobnicate"),
                "ficus analyze: unknown option '--frobnicate'");
    }

    @Test
    void rejectsAServiceCountBelowOne() {
        assertUserMistake(FicusRun.of("analyze", folder.toString(), "--services", "0"),
                "ficus analyze: --services must be at least 1, was 0");
    }

    @Test
    void rejectsANonPositiveResolution() {
        assertUserMistake(FicusRun.of("analyze", folder.toString(), "--resolution", "-1"),
                "ficus analyze: --resolution must be a positive number, was -1.0");
    }

    @Test
    void rejectsAnUnknownFormat() {
        assertUserMistake(FicusRun.of("analyze", folder.toString(), "--format", "json,pdf"),
                "ficus analyze: --format: unknown format 'pdf', expected one of json, html, md, dot");
    }

    @Test
    void rejectsANonNumericServiceCount() {
        assertUserMistake(FicusRun.of("analyze", folder.toString(), "--services", "many"),
                "ficus analyze: Invalid value for option '--services': 'many' is not an int");
    }

    @Test
    void rejectsAnOutputFolderThatIsAFile() throws Exception {
        Path file = Files.writeString(folder.resolve("taken"), "x");

        assertUserMistake(FicusRun.of("analyze", folder.toString(), "--out", file.toString()),
                "ficus analyze: --out " + file + " is a file, not a folder");
    }

    @Test
    void asksForACommandWhenGivenNone() {
        assertUserMistake(FicusRun.of(), "ficus: missing command");
    }

    @Test
    void breaksEveryDescriptionOnlyBetweenSentencesSoHelpWrapsItAtItsWidth() {
        // picocli starts each element of a description on a new line: a sentence broken
        // over two elements is printed ragged once the first is wrapped at the help's
        // width
        List<String> brokenMidSentence = new ArrayList<>();
        Deque<CommandLine> commands = new ArrayDeque<>(List.of(new CommandLine(new FicusCommand())));
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            commands.addAll(command.getSubcommands().values());
            CommandSpec spec = command.getCommandSpec();
            List<String[]> descriptions = new ArrayList<>();
            descriptions.add(spec.usageMessage().description());
            spec.args().forEach(arg -> descriptions.add(arg.description()));
            for (String[] description : descriptions) {
                for (int i = 0; i < description.length - 1; i++) {
                    String line = description[i].replace("%n", "").strip();
                    if (!line.isEmpty() && !line.matches("(?s).*[.:!?)]")) {
                        brokenMidSentence.add(spec.qualifiedName() + ": " + description[i]);
                    }
                }
            }
        }

        assertThat(brokenMidSentence).isEmpty();
    }

    @Test
    void listsTheCommandsTheScriptRunsFromOtherJars() {
        FicusRun run = FicusRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("route", "migrate-data", "bench ", "bench analyzer")
            .doesNotContain("bench-analyzer");
    }

    @Test
    void suggestsTheCommandATypoMeant() {
        assertUserMistake(FicusRun.of("anlyze", "."), "ficus: unknown command 'anlyze', did you mean 'analyze'?");
        assertUserMistake(FicusRun.of("route", "lsit"), "ficus route: unknown command 'lsit', did you mean 'list'?");
    }

    @Test
    void suggestsTheOptionATypoMeant() {
        assertUserMistake(FicusRun.of("analyze", folder.toString(), "--qiet"),
                "ficus analyze: unknown option '--qiet', did you mean '--quiet'? (see 'ficus analyze --help')");
        assertUserMistake(FicusRun.of("analyze", folder.toString(), "--servics=3"),
                "ficus analyze: unknown option '--servics', did you mean '--services'?");
    }

    @Test
    void suggestsNothingForAWordFarFromEveryCommand() {
        FicusRun run = FicusRun.of("xyz");

        assertUserMistake(run, "ficus: unknown command 'xyz' (see 'ficus --help')");
        assertThat(run.err()).doesNotContain("did you mean");
    }

    @Test
    void listsEveryCommandWithItsWholeDescription() {
        FicusRun run = FicusRun.of("--help");

        assertThat(run.out().replaceAll("\\s+", " "))
            .contains("a gateway route file and a README with the next commands. ('scaffold' is its old name.)")
            .contains("writes plan.md (for people) and plan.json (for ficus extract).")
            .doesNotContain("%n");
    }

    @Test
    void sendsCommandsOfOtherJarsToTheScript() {
        assertUserMistake(FicusRun.of("migrate-data", "--capability", "catalog"),
                "ficus migrate-data: runs from a jar of its own, start it with the ficus script");
    }

    @Test
    void printsABashCompletionScriptKnowingEveryCommand() {
        FicusRun run = FicusRun.of("generate-completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash")
            .contains("complete -F _complete_ficus")
            .contains("analyze", "plan", "extract", "route", "migrate-data", "bench");
    }

    static void assertUserMistake(FicusRun run, String start) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(start).doesNotContain("\tat ").doesNotContain("Exception").endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
    }

}
