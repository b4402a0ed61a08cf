package dev.ficus.bench.report;

import java.util.Locale;

import dev.ficus.bench.measure.Spread;

/**
 * Formats measured values for tables, identically in Markdown and HTML.
 */
final class Cells {

    private static final double MIB = 1024.0 * 1024.0;

    private Cells() {
    }

    /** {@code median (min–max)}, or a dash when nothing was measured. */
    static String spread(Spread spread, String pattern) {
        if (spread.isEmpty()) {
            return "–";
        }
        String median = format(pattern, spread.median());
        if (spread.samples() == 1 || spread.min() == spread.max()) {
            return median;
        }
        return median + " (" + format(pattern, spread.min()) + "–" + format(pattern, spread.max()) + ")";
    }

    static String millis(Spread spread) {
        return spread(spread, "%.1f");
    }

    static String mebibytes(Spread bytes) {
        return spread(new Spread(bytes.median() / MIB, bytes.min() / MIB, bytes.max() / MIB, bytes.samples()), "%.0f");
    }

    static String percent(Spread fraction) {
        return spread(
                new Spread(fraction.median() * 100, fraction.min() * 100, fraction.max() * 100, fraction.samples()),
                "%.2f");
    }

    static String seconds(Spread millis) {
        return spread(new Spread(millis.median() / 1000, millis.min() / 1000, millis.max() / 1000, millis.samples()),
                "%.1f");
    }

    static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

}
