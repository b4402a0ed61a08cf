package dev.ficus.analyzer.graph.data;

import dev.ficus.analyzer.graph.facts.FileFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of JPA entities under inheritance. The root of a hierarchy is the topmost
 * {@code @Entity} ({@code @MappedSuperclass} types are no entities and have no table);
 * its {@code @Inheritance} strategy, {@code SINGLE_TABLE} by default, decides where a
 * subclass's rows go: {@code SINGLE_TABLE} into the root's table, {@code JOINED} into a
 * table of its own plus those of its entity superclasses, {@code TABLE_PER_CLASS} into a
 * table of its own. A {@code @Table} on the subclass wins.
 */
public final class EntityInheritance {

    /** JPA's {@code InheritanceType}. */
    enum Strategy {

        SINGLE_TABLE, JOINED, TABLE_PER_CLASS

    }

    private final Map<String, FileFacts.Entity> byName = new HashMap<>();

    public EntityInheritance(List<FileFacts.Entity> entities) {
        entities.forEach(entity -> byName.putIfAbsent(entity.name(), entity));
    }

    /**
     * The table a repository of the entity or a JPQL query on it reaches: the first of
     * {@link #tables}.
     */
    public String table(FileFacts.Entity entity) {
        return tables(entity).get(0);
    }

    /**
     * Every table the entity's rows are stored in, its own (or the one it shares) first.
     */
    public List<String> tables(FileFacts.Entity entity) {
        List<FileFacts.Entity> ancestors = entityAncestors(entity);
        if (ancestors.isEmpty() || entity.explicitTable() && strategy(ancestors) == Strategy.SINGLE_TABLE) {
            return List.of(entity.table());
        }
        return switch (strategy(ancestors)) {
            case SINGLE_TABLE -> List.of(sharedTable(ancestors));
            case TABLE_PER_CLASS -> List.of(entity.table());
            case JOINED -> {
                Set<String> tables = new LinkedHashSet<>();
                tables.add(entity.table());
                ancestors.forEach(ancestor -> tables.add(ancestor.table()));
                yield List.copyOf(tables);
            }
        };
    }

    /**
     * The entity superclasses of an entity, nearest first, root last; cycles and unknown
     * classes end the walk.
     */
    private List<FileFacts.Entity> entityAncestors(FileFacts.Entity entity) {
        List<FileFacts.Entity> ancestors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(entity.name()));
        for (FileFacts.Entity current = entity; current.superclass() != null;) {
            FileFacts.Entity parent = byName.get(current.superclass());
            if (parent == null || !seen.add(parent.name())) {
                break;
            }
            ancestors.add(parent);
            current = parent;
        }
        return ancestors;
    }

    private static Strategy strategy(List<FileFacts.Entity> ancestors) {
        String declared = ancestors.get(ancestors.size() - 1).inheritance();
        return Optional.ofNullable(declared).flatMap(EntityInheritance::strategyNamed).orElse(Strategy.SINGLE_TABLE);
    }

    private static Optional<Strategy> strategyNamed(String name) {
        for (Strategy strategy : Strategy.values()) {
            if (strategy.name().equals(name)) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }

    /**
     * In a single table hierarchy, the nearest ancestor naming its table with
     * {@code @Table}, else the root's.
     */
    private static String sharedTable(List<FileFacts.Entity> ancestors) {
        return ancestors.stream()
            .filter(FileFacts.Entity::explicitTable)
            .findFirst()
            .orElse(ancestors.get(ancestors.size() - 1))
            .table();
    }

}
