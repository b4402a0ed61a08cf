package dev.ficus.analyzer.plan;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ficus.analyzer.source.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the tables JPA entities map ({@code @Entity}, {@code @Table}, {@code @Column}, {@code @Id},
 * {@code @GeneratedValue}, {@code @Enumerated}, {@code @ManyToOne}/{@code @JoinColumn}) into {@link TableSpec}s,
 * following Spring Boot's default naming (camel case to snake case) and Hibernate's default types.
 */
final class EntityTables {

    private static final List<String> NOT_COLUMNS = List.of("Transient", "OneToMany", "ManyToMany",
            "ElementCollection", "Embedded", "EmbeddedId");

    private static final Map<String, String> SQL_TYPES = Map.ofEntries(
            Map.entry("long", "bigint"), Map.entry("Long", "bigint"),
            Map.entry("int", "integer"), Map.entry("Integer", "integer"),
            Map.entry("short", "smallint"), Map.entry("Short", "smallint"),
            Map.entry("byte", "smallint"), Map.entry("Byte", "smallint"),
            Map.entry("boolean", "boolean"), Map.entry("Boolean", "boolean"),
            Map.entry("double", "double precision"), Map.entry("Double", "double precision"),
            Map.entry("float", "real"), Map.entry("Float", "real"),
            Map.entry("char", "char(1)"), Map.entry("Character", "char(1)"),
            Map.entry("BigInteger", "numeric(38,0)"), Map.entry("UUID", "uuid"),
            Map.entry("Instant", "timestamp(6) with time zone"),
            Map.entry("OffsetDateTime", "timestamp(6) with time zone"),
            Map.entry("ZonedDateTime", "timestamp(6) with time zone"),
            Map.entry("LocalDateTime", "timestamp(6)"), Map.entry("LocalDate", "date"),
            Map.entry("LocalTime", "time(6)"), Map.entry("byte[]", "bytea"));

    private EntityTables() {
    }

    /** Tables mapped by the entities among the files, by table name. */
    static SortedMap<String, TableSpec> read(List<ParsedFile> files) {
        SortedMap<String, TableSpec> tables = new TreeMap<>();
        for (ParsedFile file : files) {
            for (ClassOrInterfaceDeclaration type : file.unit().findAll(ClassOrInterfaceDeclaration.class)) {
                if (Annotations.has(type, "Entity")) {
                    TableSpec table = table(type);
                    tables.putIfAbsent(table.name(), table);
                }
            }
        }
        return tables;
    }

    private static TableSpec table(ClassOrInterfaceDeclaration type) {
        String name = Annotations.find(type, "Table").flatMap(table -> Annotations.string(table, "name"))
                .or(() -> Annotations.find(type, "Entity").flatMap(entity -> Annotations.string(entity, "name"))
                        .map(Names::snake))
                .orElse(Names.snake(type.getNameAsString()));
        List<TableSpec.Column> columns = new ArrayList<>();
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic() || field.isTransient() || NOT_COLUMNS.stream().anyMatch(a -> Annotations.has(field, a))) {
                continue;
            }
            field.getVariables().forEach(variable -> columns.add(column(field, variable)));
        }
        return new TableSpec(unquote(name), type.getFullyQualifiedName().orElse(type.getNameAsString()), columns);
    }

    private static TableSpec.Column column(FieldDeclaration field, VariableDeclarator variable) {
        boolean id = Annotations.has(field, "Id");
        boolean generated = Annotations.has(field, "GeneratedValue");
        Optional<AnnotationExpr> column = Annotations.find(field, "Column");
        if (Annotations.has(field, "ManyToOne") || Annotations.has(field, "OneToOne")) {
            Optional<AnnotationExpr> join = Annotations.find(field, "JoinColumn");
            String name = join.flatMap(j -> Annotations.string(j, "name"))
                    .orElse(Names.snake(variable.getNameAsString()) + "_id");
            boolean nullable = join.flatMap(j -> Annotations.bool(j, "nullable")).orElse(true);
            return new TableSpec.Column(unquote(name), "bigint", false, false, nullable, false);
        }
        String name = column.flatMap(c -> Annotations.string(c, "name")).orElse(Names.snake(variable.getNameAsString()));
        boolean primitive = variable.getType().isPrimitiveType();
        boolean nullable = !id && !primitive && column.flatMap(c -> Annotations.bool(c, "nullable")).orElse(true);
        boolean unique = column.flatMap(c -> Annotations.bool(c, "unique")).orElse(false);
        return new TableSpec.Column(unquote(name), sqlType(field, variable, column), id, generated, nullable, unique);
    }

    private static String sqlType(FieldDeclaration field, VariableDeclarator variable, Optional<AnnotationExpr> column) {
        String javaType = variable.getType().asString();
        javaType = Names.simpleName(javaType.replaceAll("<.*>", ""));
        Optional<AnnotationExpr> enumerated = Annotations.find(field, "Enumerated");
        if (enumerated.isPresent()) {
            return Annotations.constant(enumerated.get(), "value").filter("STRING"::equals).isPresent()
                    ? "varchar(255)" : "smallint";
        }
        if (javaType.equals("String")) {
            return "varchar(" + column.flatMap(c -> Annotations.integer(c, "length")).orElse(255) + ")";
        }
        if (javaType.equals("BigDecimal")) {
            int precision = column.flatMap(c -> Annotations.integer(c, "precision")).filter(p -> p > 0).orElse(38);
            int scale = column.flatMap(c -> Annotations.integer(c, "scale")).orElse(2);
            return "numeric(" + precision + "," + scale + ")";
        }
        return SQL_TYPES.getOrDefault(javaType, "varchar(255)");
    }

    private static String unquote(String name) {
        return name.replaceAll("[`\"]", "").toLowerCase(Locale.ROOT);
    }
}
