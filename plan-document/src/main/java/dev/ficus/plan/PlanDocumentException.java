package dev.ficus.plan;

/**
 * A {@code plan.json} that cannot be read: missing, not JSON, of another schema version
 * or not a plan. The message is one line a reader can show as it is.
 */
public class PlanDocumentException extends RuntimeException {

    PlanDocumentException(String message) {
        super(message);
    }

}
