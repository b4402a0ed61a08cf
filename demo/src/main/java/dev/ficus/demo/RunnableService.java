package dev.ficus.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * A service the demo can start for a candidate of the plan, and what the demo needs to
 * move the candidate's data and traffic to it.
 *
 * @param capability the candidate, also the gateway's capability name
 * @param app process name, e.g. {@code inventory-service}
 * @param jar its runnable jar
 * @param origin where the service comes from, for the progress line
 * @param database name of its embedded database file
 * @param properties settings it starts with besides port and database
 * @param migrateDataSelection the {@code ficus migrate-data} options that select the
 * candidate's tables
 * @param readPath a read every seeded product answers, {@code %d} standing for a product
 * id
 * @param monolithSwitch the monolith setting that makes it call the service instead of
 * its own module
 */
public record RunnableService(String capability, String app, Path jar, String origin, String database,
        List<String> properties, List<String> migrateDataSelection, String readPath, String monolithSwitch) {

    public RunnableService {
        properties = List.copyOf(properties);
        migrateDataSelection = List.copyOf(migrateDataSelection);
    }

    String read(int id) {
        return readPath.formatted(id);
    }

}
