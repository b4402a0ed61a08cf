package dev.ficus.livesettings;

/** A settings file that cannot be applied: unreadable, unparseable or invalid. */
class SettingsRefusedException extends RuntimeException {

    SettingsRefusedException(String message) {
        super(message);
    }

    SettingsRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message of a failure's root cause: what was wrong, in one line. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replaceAll("\\s+", " ").strip();
    }

}
