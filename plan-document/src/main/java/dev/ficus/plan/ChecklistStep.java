package dev.ficus.plan;

/**
 * One step of an extraction, with the Ficus command that does or checks it.
 *
 * @param number 1-based position
 * @param title what to do
 * @param command the command to run
 * @param done how to tell the step is done
 */
public record ChecklistStep(int number, String title, String command, String done) {
}
