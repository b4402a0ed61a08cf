package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptSplitterUnitTests {

    @Test
    void splitsAtTheSemicolonsThatEndStatements() {
        assertThat(ScriptSplitter.statements("create table a (id int);\n\ncreate table b (id int);;\n"))
            .containsExactly("create table a (id int)", "create table b (id int)");
    }

    @Test
    void keepsSemicolonsAndDashesInsideQuotedLiteralsAndNames() {
        String script = """
                create table `sys;user` (
                  status char(1) default '0' comment 'state; 0 on -- 1 off',
                  "odd;name" varchar(10) default 'it''s; fine'
                );
                insert into sys_config values ('a\\'b;c');
                create table next (id int);
                """;

        assertThat(ScriptSplitter.statements(script)).containsExactly("""
                create table `sys;user` (
                  status char(1) default '0' comment 'state; 0 on -- 1 off',
                  "odd;name" varchar(10) default 'it''s; fine'
                )""", "insert into sys_config values ('a\\'b;c')", "create table next (id int)");
    }

    @Test
    void dropsLineAndBlockCommentsEvenWhenTheyHoldSemicolons() {
        String script = """
                -- users; and their roles
                /* generated; do not edit */ create table users ( -- the key; always set
                  id bigint /* ; */
                );
                """;

        assertThat(ScriptSplitter.statements(script)).containsExactly("""
                create table users ( \n  id bigint \n)""");
    }

    @Test
    void keepsADollarQuotedBodyWhole() {
        String script = """
                create function touch() returns trigger as $body$ begin new.at = now(); return new; end; $body$ language plpgsql;
                create table t (price numeric default 0, note text default '$1');
                """;

        assertThat(ScriptSplitter.statements(script)).containsExactly(
                "create function touch() returns trigger as $body$ begin new.at = now(); return new; end; $body$ language plpgsql",
                "create table t (price numeric default 0, note text default '$1')");
    }

    @Test
    void takesADollarInsideANameForPartOfTheName() {
        assertThat(ScriptSplitter.statements("create table price$usd$ (id int);\ncreate table next (id int);"))
            .containsExactly("create table price$usd$ (id int)", "create table next (id int)");
    }

    @Test
    void endsAtTheEndOfATruncatedScript() {
        assertThat(ScriptSplitter.statements("create table a (id int);\ncreate table b (note text default 'unclosed;"))
            .containsExactly("create table a (id int)", "create table b (note text default 'unclosed;");
    }

}
