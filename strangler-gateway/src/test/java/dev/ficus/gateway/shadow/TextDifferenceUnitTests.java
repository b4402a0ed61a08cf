package dev.ficus.gateway.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.gateway.api.FieldDiff;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDifferenceUnitTests {

    @Test
    void showsTheLineAndBothSidesAroundTheFirstDifferenceOfTwoPages() {
        String monolith = "<html>\n<head>\n<title>PetClinic :: a Spring Framework demonstration</title>\n</head>";
        String service = "<html>\n<head>\n<title>??layoutTitle_en??</title>\n</head>";

        FieldDiff diff = TextDifference.between(bytes(monolith), bytes(service));

        assertThat(diff).isEqualTo(
                new FieldDiff("$body (line 3)", "<html>\\n<head>\\n<title>PetClinic :: a Spring Framework demonstr…",
                        "<html>\\n<head>\\n<title>??layoutTitle_en??</title>\\n</head>"));
    }

    @Test
    void cutsTheExcerptToTheContextEitherSide() {
        String common = "x".repeat(100);

        FieldDiff diff = TextDifference.between(bytes(common + "monolith" + common),
                bytes(common + "service" + common));

        assertThat(diff.path()).isEqualTo("$body (line 1)");
        assertThat(diff.monolith()).isEqualTo("…" + "x".repeat(40) + "monolith" + "x".repeat(32) + "…");
        assertThat(diff.service()).startsWith("…" + "x".repeat(40) + "service").hasSize(82);
    }

    @Test
    void pointsAtTheEndWhenOneBodyIsTheOthersBeginning() {
        FieldDiff diff = TextDifference.between(bytes("line one\nline two"), bytes("line one\n"));

        assertThat(diff).isEqualTo(new FieldDiff("$body (line 2)", "line one\\nline two", "line one\\n"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
