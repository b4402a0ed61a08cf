package dev.ficus.datamigration;

/**
 * Something the user can fix (a wrong URL, a missing table, a bad option); reported in
 * one line, exit code 2.
 */
class UserMistakeException extends RuntimeException {

    UserMistakeException(String message) {
        super(message);
    }

}
