package dev.ficus.analyzer.graph.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTablesUnitTests {

    @Test
    void readsFromListsAndJoins() {
        assertThat(SqlTables.in("select * from orders o, customers c left join public.\"Lines\" l on l.o = o.id"))
            .containsExactly("customers", "lines", "orders");
    }

    @Test
    void readsInsertUpdateDeleteAndMerge() {
        assertThat(SqlTables.in("insert into audit_log (x) values (?)")).containsExactly("audit_log");
        assertThat(SqlTables.in("UPDATE stock SET reserved = 0")).containsExactly("stock");
        assertThat(SqlTables.in("delete from sessions where expired")).containsExactly("sessions");
        assertThat(SqlTables.in("merge into totals t using x on (t.id = x.id)")).containsExactly("totals", "x");
    }

    @Test
    void leavesTheDatabasesOwnCatalogOut() {
        assertThat(SqlTables
            .in("select table_name from information_schema.tables where table_schema = (select database())")).isEmpty();
        assertThat(SqlTables.in("select * from INFORMATION_SCHEMA.COLUMNS c join gen_config g on g.t = c.table_name"))
            .containsExactly("gen_config");
    }

    @Test
    void followsSubqueriesButNotKeywords() {
        assertThat(SqlTables.in("select count(*) from (select id from orders where paid) as paid_orders"))
            .containsExactly("orders");
    }

    @Test
    void recognisesSqlButNotProse() {
        assertThat(SqlTables.looksLikeSql("select id from orders")).isTrue();
        assertThat(SqlTables.looksLikeSql("  update orders set paid = true")).isTrue();
        assertThat(SqlTables.looksLikeSql("Please select an order")).isFalse();
        assertThat(SqlTables.looksLikeSql("update failed, try again")).isFalse();
    }

}
