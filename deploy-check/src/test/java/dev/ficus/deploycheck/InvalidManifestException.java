package dev.ficus.deploycheck;

/**
 * A manifest that is not valid YAML, names an unknown kind or carries a field its kind
 * does not have.
 */
final class InvalidManifestException extends RuntimeException {

    InvalidManifestException(String message) {
        super(message);
    }

}
