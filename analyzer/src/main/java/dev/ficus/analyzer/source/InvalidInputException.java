package dev.ficus.analyzer.source;

/**
 * A user mistake about the input (missing path, no Java files): the CLI turns it into one
 * line and exit 2.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

}
