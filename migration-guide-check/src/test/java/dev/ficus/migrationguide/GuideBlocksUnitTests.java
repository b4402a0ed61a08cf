package dev.ficus.migrationguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class GuideBlocksUnitTests {

    private static final String PAGE = """
            # Guide

            ```bash
            ./ficus plan monolith-app
            ```

            ```text expected
            extraction order: 1. notifications (<n>)
            ```

            ```text
            ## 1. notifications
            ```

            ```sh
            ./mvnw package
            ```

            ```bash
            ./ficus scaffold --plan ficus-out/plan.json --candidate notifications --out x
            ./ficus route list
            ```
            """;

    @Test
    void runsOnlyBashBlocksInPageOrderWithTheirLines() {
        GuideBlocks guide = GuideBlocks.parse(PAGE);

        assertThat(guide.blocks()).extracting(GuideBlocks.Block::number, GuideBlocks.Block::line)
            .containsExactly(tuple(1, 3), tuple(2, 19));
        assertThat(guide.blocks().get(1).script()).isEqualTo(
                "./ficus scaffold --plan ficus-out/plan.json --candidate notifications --out x\n./ficus route list\n");
    }

    @Test
    void attachesTheExpectedOutputToTheBashBlockBeforeItAndListsTheUncheckedTextBlocks() {
        GuideBlocks guide = GuideBlocks.parse(PAGE);

        assertThat(guide.blocks().get(0).expected()).hasValueSatisfying(expected -> {
            assertThat(expected.line()).isEqualTo(7);
            assertThat(expected.lines()).containsExactly("extraction order: 1. notifications (<n>)");
        });
        assertThat(guide.blocks().get(1).expected()).isEmpty();
        assertThat(guide.uncheckedTextLines()).containsExactly(11);
    }

    @Test
    void refusesExpectedOutputThatFollowsNoBashBlock() {
        assertThatThrownBy(
                () -> GuideBlocks.parse("```sh\n./mvnw package\n```\n```text expected\nBUILD SUCCESS\n```\n"))
            .hasMessage("expected output at line 4 follows no bash block");
    }

    @Test
    void findsCommandsAndTheirArguments() {
        GuideBlocks guide = GuideBlocks.parse(PAGE);

        assertThat(guide.firstMatch("--candidate (\\S+)")).isEqualTo("notifications");
        assertThat(guide.lastContaining("route list").number()).isEqualTo(2);
    }

    @Test
    void movesPortsToOthersWithoutTouchingLongerNumbers() {
        GuideBlocks guide = GuideBlocks.parse("```bash\ncurl http://localhost:8080/a --retry 80800\n```\n");

        assertThat(guide.withPorts(java.util.Map.of(8080, 41234)).blocks().get(0).script())
            .isEqualTo("curl http://localhost:41234/a --retry 80800\n");
    }

    @Test
    void givesJvmOptionsToTheJarsAScriptStartsAndToNothingElse() {
        GuideBlocks guide = GuideBlocks
            .parse("```bash\njava -jar app.jar --a \\\n    --b &\n  java -jar other.jar\necho 'java -jar x'\n```\n");

        assertThat(guide.withJavaOptions("-XX:TieredStopAtLevel=1").blocks().get(0).script())
            .isEqualTo("java -XX:TieredStopAtLevel=1 -jar app.jar --a \\\n    --b &\n"
                    + "  java -XX:TieredStopAtLevel=1 -jar other.jar\necho 'java -jar x'\n");
    }

    @Test
    void leavesOutTheBlocksOfATagWithTheirOutputAndNumbersTheOthersAgain() {
        GuideBlocks guide = GuideBlocks.parse("```bash\necho a\n```\n```bash rabbitmq\necho b\n```\n"
                + "```text expected\nb\n```\n```bash\necho c\n```\n");

        assertThat(guide.tagged("rabbitmq")).singleElement().satisfies(block -> {
            assertThat(block.number()).isEqualTo(2);
            assertThat(block.expected()).isPresent();
        });
        GuideBlocks without = guide.withoutTagged("rabbitmq");
        assertThat(without.blocks()).extracting(GuideBlocks.Block::number, GuideBlocks.Block::script)
            .containsExactly(tuple(1, "echo a\n"), tuple(2, "echo c\n"));
        assertThat(without.tagged("rabbitmq")).isEmpty();
    }

    @Test
    void refusesABlockThatIsNeverClosed() {
        assertThatThrownBy(() -> GuideBlocks.parse("```bash\n./ficus plan\n"))
            .hasMessage("code block opened at line 1 is never closed");
    }

}
