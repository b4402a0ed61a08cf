package dev.ficus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShellWordsUnitTests {

    @Test
    void leavesPathsAndUrlsOfSafeCharactersAsTheyAre() {
        assertThat(ShellWords.quote("ficus-out/plan.json")).isEqualTo("ficus-out/plan.json");
        assertThat(ShellWords.quote("http://localhost:8081")).isEqualTo("http://localhost:8081");
        assertThat(ShellWords.quote("--ficus.data-dir=a/b")).isEqualTo("--ficus.data-dir=a/b");
    }

    @Test
    void quotesWordsWithSpacesSemicolonsGlobsAndDollars() {
        assertThat(ShellWords.quote("my shop/plan.json")).isEqualTo("'my shop/plan.json'");
        assertThat(ShellWords.quote("a;b")).isEqualTo("'a;b'");
        assertThat(ShellWords.quote("/api/orders/**")).isEqualTo("'/api/orders/**'");
        assertThat(ShellWords.quote("$HOME")).isEqualTo("'$HOME'");
        assertThat(ShellWords.quote("")).isEqualTo("''");
    }

    @Test
    void endsTheQuoteAroundASingleQuote() {
        assertThat(ShellWords.quote("it's")).isEqualTo("'it'\\''s'");
    }

    @Test
    void aPosixShellReadsEachQuotedWordBackAsOneArgumentUnchanged() throws IOException, InterruptedException {
        for (String word : new String[] { "my shop/plan.json", "a;b", "it's", "$(rm -rf x)", "a%2Fb", "*", "" }) {
            Process shell = new ProcessBuilder("sh", "-c", "printf '%s|' " + ShellWords.quote(word) + "/x")
                .redirectErrorStream(true)
                .start();
            String printed = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shell.waitFor()).isZero();
            assertThat(printed).isEqualTo(word + "/x|");
        }
    }

}
