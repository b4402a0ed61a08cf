package dev.ficus.analyzer.graph.facts;

import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.entrypoints.ApplicationPath;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one file contributes to the graph, gathered by one thread and merged in file order
 * so the result does not depend on scheduling.
 */
public final class FileFacts {

    /** A dependency occurrence between top-level types. */
    public record Reference(String source, String target, EdgeKind kind, SourceLocation location) {
    }

    /**
     * A type that touches SQL text; the tables are read once all entity names are known.
     */
    public record Sql(String type, String text, String via, SourceLocation location) {
    }

    /**
     * A repository (Spring Data's, a MyBatis-Plus mapper) and the (qualified) entity it
     * manages, if its base is one.
     *
     * @param base the analysed interface it extends, null when that is a library's
     * repository base
     */
    public record Repository(String type, String entity, @Nullable String base, SourceLocation location) {
    }

    /**
     * A generic interface passing its type parameter on to the interface it extends: a
     * repository base when that one is.
     *
     * @param extended the analysed interface it extends, null when that is a library's
     * repository base
     */
    public record RepositoryBase(String type, @Nullable String extended) {
    }

    /**
     * A JPA entity: its top-level type, entity name, table and the join/collection tables
     * it owns, and what decides its table under inheritance.
     *
     * @param name the entity class itself (nested names as {@code Outer.Inner})
     * @param superclass the qualified name of the class it extends, null if none
     * @param explicitTable whether {@code @Table} names the table (a subclass's own
     * {@code @Table} wins)
     * @param inheritance the {@code @Inheritance} strategy declared on it
     * ({@code JOINED}...), null if none
     */
    public record Entity(String type, String name, String entityName, String table, boolean explicitTable,
            @Nullable String superclass, @Nullable String inheritance, List<String> ownedTables,
            SourceLocation location) {
    }

    /**
     * A type publishing or listening to an event type (known by its qualified or imported
     * name).
     */
    public record Event(String type, String event, SourceLocation location) {
    }

    public final List<Reference> references = new ArrayList<>();

    public final List<EntryPoint> entryPoints = new ArrayList<>();

    public final List<ApplicationPath> applicationPaths = new ArrayList<>();

    public final List<Sql> sql = new ArrayList<>();

    public final List<Repository> repositories = new ArrayList<>();

    public final List<RepositoryBase> repositoryBases = new ArrayList<>();

    public final List<Entity> entities = new ArrayList<>();

    public final List<Event> published = new ArrayList<>();

    public final List<Event> listened = new ArrayList<>();

    public long resolvedCalls;

    public long unresolvedCalls;

}
