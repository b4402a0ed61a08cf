package dev.ficus.datamigration;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row as raw values for copying and as a canonical text for comparing and
 * checksumming, so that the same data looks the same on H2, PostgreSQL and MySQL
 * ({@code 12.5} and {@code 12.50}, {@code INTEGER} and {@code BIGINT}, a
 * {@code Timestamp} and MySQL's {@code LocalDateTime}, binary columns by their bytes).
 */
record Row(List<Object> values, String canonical) {

    private static final String SEPARATOR = "\u001f";

    static Row read(ResultSet resultSet, int columnCount) throws SQLException {
        List<Object> values = new ArrayList<>(columnCount);
        StringBuilder canonical = new StringBuilder();
        for (int column = 1; column <= columnCount; column++) {
            Object value = resultSet.getObject(column);
            values.add(value);
            canonical.append(column > 1 ? SEPARATOR : "").append(canonical(value));
        }
        return new Row(Collections.unmodifiableList(values), canonical.toString());
    }

    /** The values of the first {@code size} columns: the key when the key comes first. */
    List<Object> key(int size) {
        return values.subList(0, size);
    }

    /** The key as canonical text, equal for equal keys on H2 and PostgreSQL. */
    String keyText(int size) {
        return String.join(SEPARATOR, values.subList(0, size).stream().map(Row::canonical).toList());
    }

    static String canonical(@Nullable Object value) {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
