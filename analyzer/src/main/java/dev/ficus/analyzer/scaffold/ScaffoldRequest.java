package dev.ficus.analyzer.scaffold;

import java.nio.file.Path;

/**
 * What to generate: the service for one candidate of a plan, into a folder.
 *
 * @param plan the {@code plan.json} written by {@code ficus plan}
 * @param candidate the candidate's name
 * @param out the service's folder
 * @param force overwrite files the user changed since they were generated
 */
public record ScaffoldRequest(Path plan, String candidate, Path out, boolean force) {
}
