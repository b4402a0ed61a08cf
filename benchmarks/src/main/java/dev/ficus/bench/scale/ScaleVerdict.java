package dev.ficus.bench.scale;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one sentence that says which scale-out paid more on this machine, or that neither
 * did, computed from the two gains.
 */
final class ScaleVerdict {

    private ScaleVerdict() {
    }

    static String sentence(ScaleGain monolith, ScaleGain catalog) {
        String sentence;
        if (!monolith.paid() && !catalog.paid()) {
            sentence = ("Neither scale-out paid here: %s changed the sustainable rate by %s req/s and %s by %s req/s, "
                    + "for %s and %s MiB more RSS.")
                .formatted(monolith.option(), signed(monolith.extraRequestsPerSecond()), catalog.option(),
                        signed(catalog.extraRequestsPerSecond()), signed(monolith.extraRssMib()),
                        signed(catalog.extraRssMib()));
        }
        else if (monolith.paid() != catalog.paid()) {
            ScaleGain paid = monolith.paid() ? monolith : catalog;
            ScaleGain other = monolith.paid() ? catalog : monolith;
            sentence = ("Only %s paid here: %s req/s for %s MiB more RSS (%s req/s per MiB), while %s changed the "
                    + "sustainable rate by %s req/s.")
                .formatted(paid.option(), signed(paid.extraRequestsPerSecond()), signed(paid.extraRssMib()),
                        ratio(paid.requestsPerSecondPerMib()), other.option(), signed(other.extraRequestsPerSecond()));
        }
        else {
            sentence = bothPaid(monolith, catalog);
        }
        if (monolith.lowerBound() || catalog.lowerBound()) {
            sentence += " Some sustainable rate is only a lower bound (the sweep never broke the SLO), so the gain "
                    + "it enters is uncertain.";
        }
        return sentence;
    }

    private static String bothPaid(ScaleGain monolith, ScaleGain catalog) {
        ScaleGain perMib = better(monolith.requestsPerSecondPerMib(), catalog.requestsPerSecondPerMib(), monolith,
                catalog);
        String text = "Both scale-outs paid here; %s paid more per extra MiB of RSS (%s against %s req/s per MiB)"
            .formatted(perMib.option(), ratio(perMib.requestsPerSecondPerMib()),
                    ratio(((perMib == monolith) ? catalog : monolith).requestsPerSecondPerMib()));
        Double monolithCpu = monolith.requestsPerSecondPerCpuSecond();
        Double catalogCpu = catalog.requestsPerSecondPerCpuSecond();
        if (monolithCpu == null || catalogCpu == null) {
            return text + "; per CPU-second they cannot be compared, as at least one added no CPU per request.";
        }
        ScaleGain perCpu = better(monolithCpu, catalogCpu, monolith, catalog);
        return text + ((perCpu == perMib) ? " and per extra CPU-second."
                : "; %s paid more per extra CPU-second.".formatted(perCpu.option()));
    }

    private static ScaleGain better(@Nullable Double monolithRatio, @Nullable Double catalogRatio, ScaleGain monolith,
            ScaleGain catalog) {
        double m = (monolithRatio == null) ? Double.NEGATIVE_INFINITY : monolithRatio;
        double c = (catalogRatio == null) ? Double.NEGATIVE_INFINITY : catalogRatio;
        return (c > m) ? catalog : monolith;
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.0f", value);
    }

    static String ratio(@Nullable Double value) {
        return (value == null) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

}
