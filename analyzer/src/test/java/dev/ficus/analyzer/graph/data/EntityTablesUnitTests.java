package dev.ficus.analyzer.graph.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ficus.analyzer.Fixtures;
import dev.ficus.analyzer.document.TableSpec;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import dev.ficus.analyzer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityTablesUnitTests {

    private final SortedMap<String, TableSpec> tables = EntityTables
        .read(new SourceIndex(SourceReader.read(SourceRequest.of(Fixtures.of("jpa-associations")), Progress.NONE)));

    @Test
    void givesAnEntityTheColumnsOfItsMappedSuperclassesTopmostFirst() {
        assertThat(tables.get("teachers").columns()).containsExactly(
                new TableSpec.Column("id", "integer", true, true, false, false),
                new TableSpec.Column("given_name", "varchar(255)", false, false, true, false),
                new TableSpec.Column("last_name", "varchar(255)", false, false, true, false));
        assertThat(tables.get("subject").columns()).extracting(TableSpec.Column::name).containsExactly("id", "title");
        assertThat(tables).doesNotContainKeys("base_record", "person");
    }

    @Test
    void readsTheJoinTableOfTheOwningSideOfAManyToMany() {
        assertThat(tables.get("teacher_subjects"))
            .isEqualTo(new TableSpec("teacher_subjects", "com.acme.school.Teacher",
                    List.of(new TableSpec.Column("teacher_id", "bigint", false, false, false, false),
                            new TableSpec.Column("subject_id", "bigint", false, false, false, false))));
    }

    @Test
    void namesAJoinTableAndItsColumnsByJpaDefaultsWhenNoneAreGiven() {
        assertThat(tables.get("course_subject").columns()).extracting(TableSpec.Column::name)
            .containsExactly("course_id", "topics_id");
    }

    @Test
    void putsTheForeignKeyOfAUnidirectionalOneToManyIntoTheTargetsTable() {
        assertThat(tables.get("lesson").columns()).extracting(TableSpec.Column::name)
            .containsExactly("id", "room", "course_id");
        assertThat(tables.get("course").columns()).extracting(TableSpec.Column::name).containsExactly("id");
    }

    @Test
    void mapsLegacyDateAndTimeTypesToTimestampsAndDates() {
        assertThat(tables.get("exam").columns()).extracting(TableSpec.Column::name, TableSpec.Column::sqlType)
            .containsExactly(tuple("id", "bigint"), tuple("held_at", "timestamp(6)"),
                    tuple("created_at", "timestamp(6)"), tuple("day", "date"), tuple("due", "date"));
    }

    @Test
    void findsNoOtherTables() {
        assertThat(tables).containsOnlyKeys("course", "course_subject", "exam", "lesson", "subject", "teacher_subjects",
                "teachers");
    }

    @Test
    void recordsEveryEntitysTableAsAnSqlTable() {
        assertThat(tables.values()).extracting(TableSpec::store).containsOnly(TableSpec.SQL);
    }

    @Test
    void readsTheCollectionsOfSpringDataDocumentsWithTheirStoreAndNoColumns(@TempDir Path sources) throws IOException {
        Files.writeString(sources.resolve("ReadHistory.java"), """
                package shop;
                import org.springframework.data.mongodb.core.mapping.Document;
                @Document
                public class ReadHistory { private String productName; }
                """);
        Files.writeString(sources.resolve("SearchProduct.java"), """
                package shop;
                import org.springframework.data.elasticsearch.annotations.*;
                @Document(indexName = "pms")
                public class SearchProduct { private String name; }
                """);
        Files.writeString(sources.resolve("Invoice.java"), """
                package shop;
                import com.acme.pdf.Document;
                @Document
                public class Invoice { private String number; }
                """);

        SortedMap<String, TableSpec> read = EntityTables
            .read(new SourceIndex(SourceReader.read(SourceRequest.of(sources), Progress.NONE)));

        assertThat(read.values()).extracting(TableSpec::name, TableSpec::entity, TableSpec::store, TableSpec::columns)
            .containsExactly(tuple("pms", "shop.SearchProduct", "elasticsearch", List.of()),
                    tuple("readhistory", "shop.ReadHistory", "mongodb", List.of()));
    }

}
