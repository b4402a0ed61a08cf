package dev.ficus.demo;

import org.jspecify.annotations.Nullable;
import java.nio.file.Path;
import java.util.List;

/**
 * A service the demo starts for a candidate of the plan, and what the demo needs to move
 * the candidate's data and traffic to it.
 *
 * @param capability the candidate, also the gateway's capability name
 * @param app process name, e.g. {@code notifications-service}
 * @param project the Maven project {@code ficus extract} generates for it
 * @param jar its runnable jar, once the project is built
 * @param database name of its embedded database file
 * @param properties settings it starts with besides port, database and the monolith's URL
 * @param paths the request paths the gateway routes to it
 * @param migrateDataSelection the {@code ficus migrate-data} options that select the
 * candidate's tables
 * @param readPath a read the sample's data answers, {@code %d} standing for an id from 1
 * @param monolithSwitch the monolith setting that makes it call the service instead of
 * its own module; absent when the monolith has no adapter for it without a rebuild
 */
public record RunnableService(String capability, String app, Path project, Path jar, String database,
        List<String> properties, List<String> paths, List<String> migrateDataSelection, String readPath,
        @Nullable String monolithSwitch) {

    public RunnableService {
        properties = List.copyOf(properties);
        paths = List.copyOf(paths);
        migrateDataSelection = List.copyOf(migrateDataSelection);
    }

    String read(int id) {
        return readPath.formatted(id);
    }

}
