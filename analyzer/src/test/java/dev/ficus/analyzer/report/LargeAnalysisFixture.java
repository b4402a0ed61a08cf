package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A synthetic analysis of the size the report must stay responsive at: 55 services of
 * uneven size holding 2,800 types, each type with a few dependencies inside its service
 * and one into another, and one type in ten filed in a neighbour's package. Generated
 * with a fixed seed, so every run draws the same document.
 */
final class LargeAnalysisFixture {

    static final int SERVICES = 55;

    static final int TYPES = 2_800;

    private static final List<String> WORDS = List.of("accounts", "billing", "catalog", "checkout", "customers",
            "delivery", "discounts", "documents", "fulfilment", "identity", "inventory", "invoicing", "loyalty",
            "marketing", "notifications", "orders", "payments", "pricing", "promotions", "ratings", "recommendations",
            "refunds", "reporting", "returns", "reviews", "search", "shipping", "subscriptions", "suppliers", "support",
            "taxes", "warehouse", "wishlists", "audit", "auth", "cart", "compliance", "contracts", "coupons",
            "currency", "exports", "feeds", "forecasting", "fraud", "giftcards", "imports", "ledger", "media",
            "onboarding", "partners", "payouts", "procurement", "quotes", "scheduling", "settlements");

    private LargeAnalysisFixture() {
    }

    static AnalysisDocument document() {
        Random random = new Random(7);
        int[] sizes = sizes();
        List<String> names = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        for (int s = 0; s < SERVICES; s++) {
            for (int k = 0; k < sizes[s]; k++) {
                int home = random.nextInt(10) == 0 ? (s + 1) % SERVICES : s;
                names.add("com.acme.big." + WORDS.get(home) + ".internal." + capital(WORDS.get(s)) + "Part" + k);
                groupOf.add(s);
            }
        }
        List<AnalysisDocument.DependencyInfo> dependencies = dependencies(random, names, groupOf, sizes);
        List<AnalysisDocument.TypeInfo> types = IntStream.range(0, names.size())
            .mapToObj(i -> new AnalysisDocument.TypeInfo(names.get(i), names.get(i).replace('.', '/') + ".java",
                    "class", 40, WORDS.get(groupOf.get(i)),
                    new AnalysisDocument.Evidence(0.8,
                            List.of(new AnalysisDocument.Neighbour(names.get(0), WORDS.get(0), 2.0)), List.of(),
                            List.of())))
            .sorted(java.util.Comparator.comparing(AnalysisDocument.TypeInfo::name))
            .toList();
        List<AnalysisDocument.Service> services = IntStream.range(0, SERVICES)
            .mapToObj(s -> new AnalysisDocument.Service(WORDS.get(s),
                    IntStream.range(0, names.size())
                        .filter(i -> groupOf.get(i) == s)
                        .mapToObj(names::get)
                        .sorted()
                        .toList(),
                    List.of(WORDS.get(s)), List.of(),
                    new AnalysisDocument.ServiceFigures(sizes[s], 40L * sizes[s], 10, 10, 3, 0.2, 0.1)))
            .sorted(java.util.Comparator.comparing(AnalysisDocument.Service::name))
            .toList();
        return new AnalysisDocument(AnalysisDocument.SCHEMA_VERSION,
                new AnalysisDocument.Input("big", List.of("src/main/java")),
                new AnalysisDocument.Stats(TYPES, 40L * TYPES, TYPES, dependencies.size(), 0, 0.1, 1000, 512),
                new AnalysisDocument.Resolution(1.0, null), new AnalysisDocument.Metrics(0.6, 0.3, 0.1, 0.1, 0.1, 0.1),
                services, new AnalysisDocument.SharedKernel(List.of(), "none"),
                new AnalysisDocument.SharedKernel(List.of(), "none"), List.of(), types, dependencies, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Uneven sizes, from 12 to about 110 types, adding up to {@link #TYPES}. */
    private static int[] sizes() {
        int[] sizes = new int[SERVICES];
        int total = 0;
        for (int s = 0; s < SERVICES; s++) {
            sizes[s] = 12 + (s * 37) % 90;
            total += sizes[s];
        }
        for (int s = 0; total != TYPES; s = (s + 1) % SERVICES) {
            int step = total < TYPES ? 1 : -1;
            if (sizes[s] + step >= 12) {
                sizes[s] += step;
                total += step;
            }
        }
        return sizes;
    }

    private static List<AnalysisDocument.DependencyInfo> dependencies(Random random, List<String> names,
            List<Integer> groupOf, int[] sizes) {
        int[] first = new int[SERVICES];
        for (int s = 1; s < SERVICES; s++) {
            first[s] = first[s - 1] + sizes[s - 1];
        }
        Map<String, AnalysisDocument.DependencyInfo> byPair = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            int s = groupOf.get(i);
            for (int d = 0; d < 4; d++) {
                int target = d < 3 ? first[s] + random.nextInt(sizes[s])
                        : first[(s + 1 + random.nextInt(4)) % SERVICES] + random.nextInt(sizes[(s + 1) % SERVICES]);
                target = Math.min(target, names.size() - 1);
                if (target != i) {
                    double weight = 1 + random.nextInt(5);
                    byPair.putIfAbsent(names.get(i) + ">" + names.get(target), new AnalysisDocument.DependencyInfo(
                            names.get(i), names.get(target), weight, Map.of("call", (int) weight)));
                }
            }
        }
        return List.copyOf(byPair.values());
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

}
