package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2SettingsUnitTests {

    @Test
    void runsH2InMySqlModeWithLowerCaseNamesOnlyWhenAScriptIsMySqls() {
        GeneratedFile mysql = new GeneratedFile("V1__tags.sql",
                "create table `tag` (id bigint not null) ENGINE=InnoDB;\n");
        GeneratedFile engineOnly = new GeneratedFile("V1__tags.sql", "create table tag (id int) engine = MyISAM;\n");
        GeneratedFile postgres = new GeneratedFile("V1__tags.sql",
                "create table \"tag\" (id int8 not null, note text default '`x`');\n");

        assertThat(H2Settings.of(List.of(postgres, mysql))).isEqualTo(";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        assertThat(H2Settings.of(List.of(engineOnly))).isEqualTo(";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        assertThat(H2Settings.of(List.of(postgres))).isEmpty();
        assertThat(H2Settings.of(List.of(new GeneratedFile("V1__data.sql",
                "insert into page values ('" + "<p>it''s `here`</p>".repeat(20_000) + "');\n"))))
            .isEmpty();
        assertThat(H2Settings.of(List.of())).isEmpty();
    }

    @Test
    void takesTheKeywordsATableNamesColumnsWithAsNames() {
        // dromara/RuoYi-Vue-Plus: script/sql/postgres/postgres_ry_vue_5.X.sql
        GeneratedFile postgres = new GeneratedFile("V0_0_1__demo.sql", """
                -- from the monolith's script (value, year)
                create table if not exists test_demo
                (
                    id          int8,
                    tenant_id   varchar(20)     default '000000, value',
                    amount      numeric(10, 2),
                    value       varchar(255),
                    Year        int4,
                    constraint pk_test_demo primary key (id)
                );
                insert into test_demo (id, value) values (1, 'month');
                create table "user" (id int8, "limit" int4, day_of_week int4, user varchar(20));
                """);
        GeneratedFile mysql = new GeneratedFile("V1__tags.sql",
                "create table `tag` (`value` int, month int, KEY idx_month (month)) ENGINE=InnoDB;\n");

        assertThat(H2Settings.of(List.of(postgres))).isEqualTo(";NON_KEYWORDS=VALUE,YEAR");
        assertThat(H2Settings.of(List.of(mysql)))
            .isEqualTo(";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=KEY,MONTH");
    }

    @Test
    void takesTheKeywordsOfColumnsAddedLaterAndOfTemporaryTables() {
        GeneratedFile later = new GeneratedFile("V2__more.sql", """
                create temporary table scratch (day int4);
                alter table settings add column if not exists key varchar(50);
                alter table settings add hour int4;
                alter table if exists only settings add column second int4;
                alter table settings add constraint uk unique (id);
                """);

        assertThat(H2Settings.of(List.of(later))).isEqualTo(";NON_KEYWORDS=DAY,HOUR,KEY,SECOND");
    }

    @Test
    void theServicesDatabaseRunsTheScriptAndTheMonolithsQueriesWithThem() throws SQLException {
        GeneratedFile script = new GeneratedFile("V0_0_1__demo.sql", """
                create table test_demo (id int8, value varchar(255), year int4, month int4, key varchar(20));
                """);
        String url = "jdbc:h2:mem:settings-check" + H2Settings.of(List.of(script));

        try (Connection database = DriverManager.getConnection(url); Statement sql = database.createStatement()) {
            sql.execute(script.content());
            sql.execute("insert into test_demo (id, value, year, month, key) values (1, 'a', 2026, 12, 'k')");
            ResultSet read = sql.executeQuery("select value, year, month, extract(year from date '2025-06-01'),"
                    + " dateadd(month, 1, date '2025-06-01'), key from test_demo where value = 'a' and key = 'k'"
                    + " order by year limit 1");

            assertThat(read.next()).isTrue();
            assertThat(List.of(read.getString(1), read.getInt(2), read.getInt(3), read.getInt(4), read.getString(5),
                    read.getString(6)))
                .containsExactly("a", 2026, 12, 2025, "2025-07-01", "k");
        }
        assertThatExceptionOfType(SQLException.class).isThrownBy(
                () -> DriverManager.getConnection("jdbc:h2:mem:without").createStatement().execute(script.content()));
    }

}
