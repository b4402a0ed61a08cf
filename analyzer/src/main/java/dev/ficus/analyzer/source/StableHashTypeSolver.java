package dev.ficus.analyzer.source;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import java.util.List;

/**
 * The analysis's root type solver, with the same hash code in every run.
 * <p>
 * JavaParser hashes a source type parameter together with its solver, and substitutes a
 * generic call's inferred type variables in the iteration order of a hash map keyed by
 * them. With the solver's identity hash, which changes from run to run, that order did
 * too, and with it whether a lambda parameter's calls resolved: two runs on the same
 * codebase wrote different call counts.
 */
final class StableHashTypeSolver extends CombinedTypeSolver {

    private static final int HASH = 0x5eed;

    StableHashTypeSolver(List<TypeSolver> solvers) {
        super(CombinedTypeSolver.ExceptionHandlers.IGNORE_ALL, solvers, new ConcurrentTypeCache<>());
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return HASH;
    }

}
