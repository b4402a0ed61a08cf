package dev.ficus.datamigration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The canonical text of a value, equal for the same data whichever driver read it.
 */
class RowUnitTests {

    @Test
    void writesATimestampAsMySqlsLocalDateTimeOfTheSameWallTime() {
        assertThat(Row.canonical(Timestamp.valueOf("2026-12-07 21:25:55")))
            .isEqualTo(Row.canonical(LocalDateTime.of(2026, 12, 7, 21, 25, 55)))
            .isEqualTo("2026-12-07T21:25:55");
        assertThat(Row.canonical(java.sql.Date.valueOf("2026-12-07")))
            .isEqualTo(Row.canonical(LocalDate.of(2026, 12, 7)));
        assertThat(Row.canonical(Time.valueOf("21:25:55"))).isEqualTo(Row.canonical(LocalTime.of(21, 25, 55)));
    }

    @Test
    void writesBinaryValuesByTheirBytesAndNumbersWithoutTheirScale() {
        assertThat(Row.canonical(new byte[] { 1, (byte) 0xAB })).isEqualTo(Row.canonical(new byte[] { 1, (byte) 0xAB }))
            .isEqualTo("01ab");
        assertThat(Row.canonical(new BigDecimal("12.50"))).isEqualTo(Row.canonical(12.5)).isEqualTo("12.5");
        assertThat(Row.canonical(null)).isNotEqualTo(Row.canonical("")).isNotEqualTo(Row.canonical("null"));
    }

}
