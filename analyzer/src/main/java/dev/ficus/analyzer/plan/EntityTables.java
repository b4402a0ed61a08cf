package dev.ficus.analyzer.plan;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import dev.ficus.analyzer.source.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the tables JPA entities map into {@link TableSpec}s: {@code @Entity}/{@code @Table}, {@code @Column},
 * {@code @Id}/{@code @GeneratedValue}, {@code @Enumerated}, {@code @ManyToOne}/{@code @JoinColumn},
 * {@code @Embedded} values with {@code @AttributeOverride}s and {@code @ElementCollection} tables, following
 * Spring Boot's default naming (camel case to snake case) and Hibernate's default types.
 */
final class EntityTables {

    private static final List<String> NOT_COLUMNS = List.of("Transient", "OneToMany", "ManyToMany");
    private static final int MAX_EMBEDDING_DEPTH = 4;

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

    private final SourceIndex index;
    private final SortedMap<String, TableSpec> tables = new TreeMap<>();

    private EntityTables(SourceIndex index) {
        this.index = index;
    }

    /** Tables mapped by the entities among the sources, by table name. */
    static SortedMap<String, TableSpec> read(SourceIndex index) {
        EntityTables reader = new EntityTables(index);
        for (ParsedFile file : index.files()) {
            for (ClassOrInterfaceDeclaration type : file.unit().findAll(ClassOrInterfaceDeclaration.class)) {
                if (Annotations.has(type, "Entity")) {
                    reader.entity(type);
                }
            }
        }
        return reader.tables;
    }

    /** A persistent attribute: a field of a class or a component of a record. */
    private record Attribute(String name, Type type, NodeWithAnnotations<?> annotated) {
    }

    private void entity(ClassOrInterfaceDeclaration type) {
        String name = Annotations.find(type, "Table").flatMap(table -> Annotations.string(table, "name"))
                .or(() -> Annotations.find(type, "Entity").flatMap(entity -> Annotations.string(entity, "name"))
                        .map(Names::snake))
                .orElse(Names.snake(type.getNameAsString()));
        String entity = type.getFullyQualifiedName().orElse(type.getNameAsString());
        List<TableSpec.Column> columns = new ArrayList<>();
        for (Attribute attribute : attributes(type)) {
            if (Annotations.has(attribute.annotated(), "ElementCollection")) {
                collectionTable(unquote(name), entity, attribute);
            } else {
                columns.addAll(columns(attribute, Map.of(), 0));
            }
        }
        tables.putIfAbsent(unquote(name), new TableSpec(unquote(name), entity, columns));
    }

    private void collectionTable(String owner, String entity, Attribute attribute) {
        Optional<AnnotationExpr> table = Annotations.find(attribute.annotated(), "CollectionTable");
        String name = unquote(table.flatMap(t -> Annotations.string(t, "name"))
                .orElse(owner + "_" + Names.snake(attribute.name())));
        String joinColumn = table.flatMap(t -> Annotations.attribute(t, "joinColumns"))
                .flatMap(EntityTables::firstAnnotation).flatMap(join -> Annotations.string(join, "name"))
                .orElse(owner + "_id");
        List<TableSpec.Column> columns = new ArrayList<>();
        columns.add(new TableSpec.Column(unquote(joinColumn), "bigint", false, false, false, false));
        Annotations.find(attribute.annotated(), "OrderColumn").ifPresent(order -> columns.add(new TableSpec.Column(
                unquote(Annotations.string(order, "name").orElse(Names.snake(attribute.name()) + "_order")),
                "integer", false, false, false, false)));
        Type element = attribute.type().isClassOrInterfaceType()
                ? attribute.type().asClassOrInterfaceType().getTypeArguments().flatMap(a -> a.getFirst()).orElse(null)
                : null;
        Optional<TypeDeclaration<?>> embeddable = element == null ? Optional.empty() : embeddable(element);
        if (embeddable.isPresent()) {
            attributes(embeddable.get()).forEach(a -> columns.addAll(columns(a, Map.of(), 1)));
        } else if (element != null) {
            String column = Annotations.find(attribute.annotated(), "Column")
                    .flatMap(c -> Annotations.string(c, "name")).orElse(Names.snake(attribute.name()));
            columns.add(new TableSpec.Column(unquote(column), sqlType(attribute.annotated(), element.asString(),
                    Optional.empty()), false, false, true, false));
        }
        tables.putIfAbsent(name, new TableSpec(name, entity, columns));
    }

    private List<TableSpec.Column> columns(Attribute attribute, Map<String, String> overrides, int depth) {
        NodeWithAnnotations<?> node = attribute.annotated();
        if (NOT_COLUMNS.stream().anyMatch(a -> Annotations.has(node, a))) {
            return List.of();
        }
        Optional<TypeDeclaration<?>> embeddable = depth < MAX_EMBEDDING_DEPTH ? embeddable(attribute.type())
                : Optional.empty();
        if (Annotations.has(node, "Embedded") || embeddable.isPresent()) {
            Map<String, String> inner = attributeOverrides(node);
            return embeddable.stream().flatMap(type -> attributes(type).stream())
                    .flatMap(a -> columns(a, inner, depth + 1).stream())
                    .toList();
        }
        if (Annotations.has(node, "ManyToOne") || Annotations.has(node, "OneToOne")) {
            Optional<AnnotationExpr> join = Annotations.find(node, "JoinColumn");
            String name = join.flatMap(j -> Annotations.string(j, "name"))
                    .orElse(Names.snake(attribute.name()) + "_id");
            boolean nullable = join.flatMap(j -> Annotations.bool(j, "nullable")).orElse(true);
            return List.of(new TableSpec.Column(unquote(name), "bigint", false, false, nullable, false));
        }
        Optional<AnnotationExpr> column = Annotations.find(node, "Column");
        boolean id = Annotations.has(node, "Id");
        String name = overrides.getOrDefault(attribute.name(),
                column.flatMap(c -> Annotations.string(c, "name")).orElse(Names.snake(attribute.name())));
        boolean nullable = !id && !attribute.type().isPrimitiveType()
                && column.flatMap(c -> Annotations.bool(c, "nullable")).orElse(true);
        boolean unique = column.flatMap(c -> Annotations.bool(c, "unique")).orElse(false);
        return List.of(new TableSpec.Column(unquote(name), sqlType(node, attribute.type().asString(), column), id,
                Annotations.has(node, "GeneratedValue"), nullable, unique));
    }

    /** {@code @AttributeOverride(name = "amount", column = @Column(name = "total_amount"))}, repeated or grouped. */
    private static Map<String, String> attributeOverrides(NodeWithAnnotations<?> node) {
        Stream<AnnotationExpr> direct = node.getAnnotations().stream()
                .filter(a -> Names.simpleName(a.getNameAsString()).equals("AttributeOverride"));
        Stream<AnnotationExpr> grouped = Annotations.find(node, "AttributeOverrides")
                .flatMap(group -> Annotations.attribute(group, "value")).stream()
                .flatMap(value -> value.isArrayInitializerExpr() ? value.asArrayInitializerExpr().getValues().stream()
                        : Stream.of(value))
                .filter(Expression::isAnnotationExpr).map(Expression::asAnnotationExpr);
        Map<String, String> overrides = new HashMap<>();
        Stream.concat(direct, grouped).forEach(override -> Annotations.string(override, "name").ifPresent(name ->
                Annotations.attribute(override, "column").filter(Expression::isAnnotationExpr)
                        .flatMap(column -> Annotations.string(column.asAnnotationExpr(), "name"))
                        .ifPresent(column -> overrides.put(name, column))));
        return overrides;
    }

    private Optional<TypeDeclaration<?>> embeddable(Type type) {
        if (!type.isClassOrInterfaceType()) {
            return Optional.empty();
        }
        String simple = type.asClassOrInterfaceType().getNameAsString();
        return index.typeBySimpleName(simple, "").filter(declaration -> Annotations.has(declaration, "Embeddable"));
    }

    private static List<Attribute> attributes(TypeDeclaration<?> type) {
        if (type.isRecordDeclaration()) {
            return type.asRecordDeclaration().getParameters().stream()
                    .map(p -> new Attribute(p.getNameAsString(), p.getType(), p)).toList();
        }
        List<Attribute> attributes = new ArrayList<>();
        for (FieldDeclaration field : type.getFields()) {
            if (!field.isStatic() && !field.hasModifier(Modifier.Keyword.TRANSIENT)) {
                field.getVariables().forEach(variable -> attributes.add(
                        new Attribute(variable.getNameAsString(), variable.getType(), field)));
            }
        }
        return attributes;
    }

    private static Optional<AnnotationExpr> firstAnnotation(Expression value) {
        Expression first = value.isArrayInitializerExpr()
                ? value.asArrayInitializerExpr().getValues().getFirst().orElse(value) : value;
        return first.isAnnotationExpr() ? Optional.of(first.asAnnotationExpr()) : Optional.empty();
    }

    private static String sqlType(NodeWithAnnotations<?> node, String written, Optional<AnnotationExpr> column) {
        String javaType = Names.simpleName(written.replaceAll("<.*>", ""));
        Optional<AnnotationExpr> enumerated = Annotations.find(node, "Enumerated");
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
