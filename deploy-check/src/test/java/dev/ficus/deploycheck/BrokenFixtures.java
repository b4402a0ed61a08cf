package dev.ficus.deploycheck;

/**
 * The valid fixture with exactly the replacements a test names, each of which must apply.
 */
final class BrokenFixtures {

    private BrokenFixtures() {
    }

    /**
     * {@code valid/manifest.yaml} with each {@code (old, new)} pair of
     * {@code replacements} applied once.
     */
    static Manifests valid(String... replacements) {
        String text = Fixtures.read("valid/manifest.yaml");
        for (int i = 0; i < replacements.length; i += 2) {
            if (!text.contains(replacements[i])) {
                throw new IllegalArgumentException("the valid fixture has no '" + replacements[i] + "'");
            }
            text = text.replaceFirst(java.util.regex.Pattern.quote(replacements[i]),
                    java.util.regex.Matcher.quoteReplacement(replacements[i + 1]));
        }
        return new Manifests(new StrictKubernetesParser().parse(text));
    }

}
