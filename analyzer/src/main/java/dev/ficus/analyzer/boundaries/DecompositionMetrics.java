package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.boundaries.metrics.BusinessContextPurity;
import dev.ficus.analyzer.boundaries.metrics.InterCallPercentage;
import dev.ficus.analyzer.boundaries.metrics.InterfaceNumber;
import dev.ficus.analyzer.boundaries.metrics.Modularity;
import dev.ficus.analyzer.boundaries.metrics.NonExtremeDistribution;
import dev.ficus.analyzer.boundaries.metrics.StructuralModularity;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * The quality of a decomposition, measured on the types of its services (shared-kernel
 * types and the dependencies touching them are left out); see
 * {@code docs/analyzer-metrics.md}.
 *
 * @param modularity Newman's Q of the weighted undirected graph, higher is better
 * @param structuralModularity SM, higher is better
 * @param icp inter-call percentage, lower is better
 * @param bcp business-context purity, lower is better
 * @param ned non-extreme distribution, lower is better
 * @param ifn interface number, lower is better
 */
public record DecompositionMetrics(double modularity, double structuralModularity, double icp, double bcp, double ned,
        double ifn) {

    public static DecompositionMetrics of(CodeGraph code, Decomposition decomposition) {
        List<Set<String>> partition = decomposition.partition();
        Set<String> types = new HashSet<>();
        partition.forEach(types::addAll);
        Graph<String, Dependency> calls = ClassGraphs.directedByCallSites(code, types);
        return new DecompositionMetrics(new Modularity<>(ClassGraphs.undirected(code, types)).modularity(partition),
                new StructuralModularity<>(calls).structuralModularity(partition),
                new InterCallPercentage<>(calls).interCallPercentage(partition),
                new BusinessContextPurity<>(UseCases.of(code)).businessContextPurity(partition),
                new NonExtremeDistribution().nonExtremeDistribution(partition),
                new InterfaceNumber<>(calls).interfaceNumber(partition));
    }
}
