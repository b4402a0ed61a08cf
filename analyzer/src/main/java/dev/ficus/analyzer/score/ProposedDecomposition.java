package dev.ficus.analyzer.score;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocuments;
import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The part of the analysis that scoring reads: each candidate service with its types, and
 * the shared kernel and the platform, which count as one cluster each ({@link #KERNEL},
 * {@link #PLATFORM}) so that pushing types into them is not free.
 *
 * @param clusterOf fully qualified type name to its service's name or {@link #KERNEL}
 */
public record ProposedDecomposition(SortedMap<String, String> clusterOf) {

    /** The name the shared kernel is scored under. */
    public static final String KERNEL = "shared-kernel";

    /** The name the platform (application-wide plumbing) is scored under. */
    public static final String PLATFORM = "platform";

    public ProposedDecomposition {
        clusterOf = Collections.unmodifiableSortedMap(new TreeMap<>(clusterOf));
    }

    /**
     * @throws InvalidInputException when the file is missing or is not an
     * {@code analysis.json} of this Ficus
     */
    public static ProposedDecomposition read(Path analysis) {
        return of(AnalysisDocuments.read(analysis));
    }

    public static ProposedDecomposition of(AnalysisDocument analysis) {
        SortedMap<String, String> clusterOf = new TreeMap<>();
        analysis.sharedKernel().types().forEach(type -> clusterOf.put(type, KERNEL));
        analysis.platform().types().forEach(type -> clusterOf.put(type, PLATFORM));
        for (AnalysisDocument.Service service : analysis.services()) {
            service.types().forEach(type -> clusterOf.put(type, service.name()));
        }
        return new ProposedDecomposition(clusterOf);
    }

}
