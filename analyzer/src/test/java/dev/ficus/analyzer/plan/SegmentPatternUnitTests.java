package dev.ficus.analyzer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentPatternUnitTests {

    @Test
    void aVariableWithARegularExpressionTakesOnlyWhatItMatches() {
        assertThat(SegmentPattern.takes("{ownerId:\\d+}", "12")).isTrue();
        assertThat(SegmentPattern.takes("{ownerId:\\d+}", "new")).isFalse();
        assertThat(SegmentPattern.takes("{code:[A-Z]{3}}", "EUR")).isTrue();
        assertThat(SegmentPattern.takes("{code:[A-Z]{3}}", "EURO")).isFalse();
    }

    @Test
    void wildcardsAndPlainVariablesTakeAnySegmentOfTheirShape() {
        assertThat(SegmentPattern.takes("{id}", "new")).isTrue();
        assertThat(SegmentPattern.takes("*.html", "vets.html")).isTrue();
        assertThat(SegmentPattern.takes("*.html", "vets")).isFalse();
        assertThat(SegmentPattern.takes("v?", "v1")).isTrue();
        assertThat(SegmentPattern.takes("file-{name}.pdf", "file-a.pdf")).isTrue();
        assertThat(SegmentPattern.takes("file-{name}.pdf", "file-.pdf")).isFalse();
        assertThat(SegmentPattern.takes("${sse.path}", "events")).isTrue();
    }

    @Test
    void aPatternItCannotReadMayTakeAnything() {
        assertThat(SegmentPattern.takes("{x:[}", "new")).isTrue();
        assertThat(SegmentPattern.takes("{open", "new")).isTrue();
    }

}
