package dev.ficus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingUnitTests {

    @Test
    void measuresTypoDistanceWithSwappedLettersAsOneEdit() {
        assertThat(Spelling.distance("anlyze", "analyze")).isEqualTo(1);
        assertThat(Spelling.distance("plna", "plan")).isEqualTo(1);
        assertThat(Spelling.distance("xyz", "plan")).isEqualTo(4);
        assertThat(Spelling.distance("", "bench")).isEqualTo(5);
    }

    @Test
    void suggestsTheClosestKnownNameThenTheAlphabeticallyFirst() {
        assertThat(Spelling.closest("inventroy", List.of("catalog", "inventory", "invoices"))).contains("inventory");
        assertThat(Spelling.closest("cat", List.of("cab", "car"))).contains("cab");
    }

    @Test
    void suggestsNothingWhenEveryNameIsFurtherThanAThirdOfTheWord() {
        assertThat(Spelling.closest("xyz", List.of("plan", "analyze"))).isEmpty();
    }

}
