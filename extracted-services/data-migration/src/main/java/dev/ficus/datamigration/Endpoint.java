package dev.ficus.datamigration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/** A database the migration reads from or writes to. */
record Endpoint(String side, String url, String user, String password) {

    Connection connect() {
        try {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            return connection;
        }
        catch (SQLException e) {
            throw new UserMistakeException(
                    "cannot connect to the " + side + " database " + url + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
