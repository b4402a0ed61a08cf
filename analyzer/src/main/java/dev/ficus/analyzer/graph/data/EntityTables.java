package dev.ficus.analyzer.graph.data;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import dev.ficus.analyzer.document.TableSpec;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
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
 * Reads the tables JPA entities map, and the collections Spring Data documents map, into
 * {@link TableSpec}s: {@code @Entity}/{@code @Table}, {@code @Column},
 * {@code @Id}/{@code @GeneratedValue}, {@code @Enumerated},
 * {@code @ManyToOne}/{@code @JoinColumn}, {@code @Embedded} values with
 * {@code @AttributeOverride}s and {@code @ElementCollection} tables, following Spring
 * Boot's default naming (camel case to snake case) and Hibernate's default types.
 */
public final class EntityTables {

    private static final List<String> NOT_COLUMNS = List.of("Transient", "OneToMany", "ManyToMany");

    private static final int MAX_EMBEDDING_DEPTH = 4;

    /**
     * Bounds the walk up {@code @MappedSuperclass} parents (a cycle does not compile).
     */
    private static final int MAX_SUPERCLASS_DEPTH = 8;

    private static final Map<String, String> SQL_TYPES = Map.ofEntries(Map.entry("long", "bigint"),
            Map.entry("Long", "bigint"), Map.entry("int", "integer"), Map.entry("Integer", "integer"),
            Map.entry("short", "smallint"), Map.entry("Short", "smallint"), Map.entry("byte", "smallint"),
            Map.entry("Byte", "smallint"), Map.entry("boolean", "boolean"), Map.entry("Boolean", "boolean"),
            Map.entry("double", "double precision"), Map.entry("Double", "double precision"),
            Map.entry("float", "real"), Map.entry("Float", "real"), Map.entry("char", "char(1)"),
            Map.entry("Character", "char(1)"), Map.entry("BigInteger", "numeric(38,0)"), Map.entry("UUID", "uuid"),
            Map.entry("Instant", "timestamp(6) with time zone"),
            Map.entry("OffsetDateTime", "timestamp(6) with time zone"),
            Map.entry("ZonedDateTime", "timestamp(6) with time zone"), Map.entry("LocalDateTime", "timestamp(6)"),
            Map.entry("LocalDate", "date"), Map.entry("LocalTime", "time(6)"), Map.entry("byte[]", "bytea"),
            Map.entry("Timestamp", "timestamp(6)"), Map.entry("Time", "time(6)"), Map.entry("Calendar", "timestamp(6)"),
            Map.entry("Date", "timestamp(6)"));

    private final SourceIndex index;

    private final SortedMap<String, TableSpec> tables = new TreeMap<>();

    private EntityTables(SourceIndex index) {
        this.index = index;
    }

    /** Tables mapped by the entities among the sources, by table name. */
    public static SortedMap<String, TableSpec> read(SourceIndex index) {
        EntityTables reader = new EntityTables(index);
        AssociationTables associations = new AssociationTables(index);
        for (ParsedFile file : index.files()) {
            for (TypeDeclaration<?> type : file.types()) {
                if (type instanceof ClassOrInterfaceDeclaration declaration
                        && AnnotationValues.has(declaration, "Entity")) {
                    reader.entity(declaration, associations);
                }
                else {
                    TableNames.documentStore(type).ifPresent(store -> reader.document(type, store));
                }
            }
        }
        return associations.addTo(reader.tables);
    }

    /** A Spring Data document's collection: no SQL moves it, so no column is read. */
    private void document(TypeDeclaration<?> type, String store) {
        String name = TableNames.ofDocument(type).toLowerCase(Locale.ROOT);
        tables.putIfAbsent(name,
                new TableSpec(name, type.getFullyQualifiedName().orElse(type.getNameAsString()), List.of(), store));
    }

    /** A persistent attribute: a field of a class or a component of a record. */
    record Attribute(String name, Type type, NodeWithAnnotations<?> annotated) {
    }

    private void entity(ClassOrInterfaceDeclaration type, AssociationTables associations) {
        String name = TableNames.ofEntity(type);
        String entity = type.getFullyQualifiedName().orElse(type.getNameAsString());
        List<TableSpec.Column> columns = new ArrayList<>();
        for (Attribute attribute : persistentAttributes(type)) {
            if (AnnotationValues.has(attribute.annotated(), "ElementCollection")) {
                collectionTable(unquote(name), entity, attribute);
            }
            else {
                associations.read(type, unquote(name), attribute);
                columns.addAll(columns(attribute, Map.of(), 0));
            }
        }
        tables.putIfAbsent(unquote(name), new TableSpec(unquote(name), entity, columns));
    }

    /**
     * The entity's attributes after those of its {@code @MappedSuperclass} ancestors
     * (topmost first), which JPA maps into the entity's own table.
     */
    private List<Attribute> persistentAttributes(TypeDeclaration<?> type) {
        List<Attribute> attributes = new ArrayList<>(attributes(type));
        Optional<TypeDeclaration<?>> parent = mappedSuperclass(type);
        for (int depth = 0; parent.isPresent() && depth < MAX_SUPERCLASS_DEPTH; depth++) {
            attributes.addAll(0, attributes(parent.get()));
            parent = mappedSuperclass(parent.get());
        }
        return attributes;
    }

    private Optional<TypeDeclaration<?>> mappedSuperclass(TypeDeclaration<?> type) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration)) {
            return Optional.empty();
        }
        String ownPackage = type.findCompilationUnit()
            .flatMap(unit -> unit.getPackageDeclaration())
            .map(declared -> declared.getNameAsString())
            .orElse("");
        return declaration.getExtendedTypes()
            .getFirst()
            .flatMap(parent -> index.typeBySimpleName(parent.getNameAsString(), ownPackage))
            .filter(parent -> parent != type && AnnotationValues.has(parent, "MappedSuperclass"));
    }

    private void collectionTable(String owner, String entity, Attribute attribute) {
        Optional<AnnotationExpr> table = AnnotationValues.find(attribute.annotated(), "CollectionTable");
        String name = unquote(table.flatMap(t -> AnnotationValues.string(t, "name"))
            .orElse(owner + "_" + TableNames.defaultTableName(attribute.name())));
        String joinColumn = table.flatMap(t -> AnnotationValues.attribute(t, "joinColumns"))
            .flatMap(EntityTables::firstAnnotation)
            .flatMap(join -> AnnotationValues.string(join, "name"))
            .orElse(owner + "_id");
        List<TableSpec.Column> columns = new ArrayList<>();
        columns.add(new TableSpec.Column(unquote(joinColumn), "bigint", false, false, false, false));
        AnnotationValues.find(attribute.annotated(), "OrderColumn")
            .ifPresent(order -> columns.add(new TableSpec.Column(
                    unquote(AnnotationValues.string(order, "name")
                        .orElse(TableNames.defaultTableName(attribute.name()) + "_order")),
                    "integer", false, false, false, false)));
        Type element = attribute.type().isClassOrInterfaceType()
                ? attribute.type().asClassOrInterfaceType().getTypeArguments().flatMap(a -> a.getFirst()).orElse(null)
                : null;
        Optional<TypeDeclaration<?>> embeddable = element == null ? Optional.empty() : embeddable(element);
        if (embeddable.isPresent()) {
            attributes(embeddable.get()).forEach(a -> columns.addAll(columns(a, Map.of(), 1)));
        }
        else if (element != null) {
            String column = AnnotationValues.find(attribute.annotated(), "Column")
                .flatMap(c -> AnnotationValues.string(c, "name"))
                .orElse(TableNames.defaultTableName(attribute.name()));
            columns.add(new TableSpec.Column(unquote(column),
                    sqlType(attribute.annotated(), element.asString(), Optional.empty()), false, false, true, false));
        }
        tables.putIfAbsent(name, new TableSpec(name, entity, columns));
    }

    private List<TableSpec.Column> columns(Attribute attribute, Map<String, String> overrides, int depth) {
        NodeWithAnnotations<?> node = attribute.annotated();
        if (NOT_COLUMNS.stream().anyMatch(a -> AnnotationValues.has(node, a))) {
            return List.of();
        }
        Optional<TypeDeclaration<?>> embeddable = depth < MAX_EMBEDDING_DEPTH ? embeddable(attribute.type())
                : Optional.empty();
        if (AnnotationValues.has(node, "Embedded") || embeddable.isPresent()) {
            Map<String, String> inner = attributeOverrides(node);
            return embeddable.stream()
                .flatMap(type -> attributes(type).stream())
                .flatMap(a -> columns(a, inner, depth + 1).stream())
                .toList();
        }
        if (AnnotationValues.has(node, "ManyToOne") || AnnotationValues.has(node, "OneToOne")) {
            Optional<AnnotationExpr> join = AnnotationValues.find(node, "JoinColumn");
            String name = join.flatMap(j -> AnnotationValues.string(j, "name"))
                .orElse(TableNames.defaultTableName(attribute.name()) + "_id");
            boolean nullable = join.flatMap(j -> AnnotationValues.bool(j, "nullable")).orElse(true);
            return List.of(new TableSpec.Column(unquote(name), "bigint", false, false, nullable, false));
        }
        Optional<AnnotationExpr> column = AnnotationValues.find(node, "Column");
        boolean id = AnnotationValues.has(node, "Id");
        String name = overrides.getOrDefault(attribute.name(), column.flatMap(c -> AnnotationValues.string(c, "name"))
            .orElse(TableNames.defaultTableName(attribute.name())));
        boolean nullable = !id && !attribute.type().isPrimitiveType()
                && column.flatMap(c -> AnnotationValues.bool(c, "nullable")).orElse(true);
        boolean unique = column.flatMap(c -> AnnotationValues.bool(c, "unique")).orElse(false);
        return List.of(new TableSpec.Column(unquote(name), sqlType(node, attribute.type().asString(), column), id,
                AnnotationValues.has(node, "GeneratedValue"), nullable, unique));
    }

    /**
     * {@code @AttributeOverride(name = "amount", column = @Column(name = "total_amount"))},
     * repeated or grouped.
     */
    private static Map<String, String> attributeOverrides(NodeWithAnnotations<?> node) {
        Stream<AnnotationExpr> direct = node.getAnnotations()
            .stream()
            .filter(a -> TableNames.simpleName(a.getNameAsString()).equals("AttributeOverride"));
        Stream<AnnotationExpr> grouped = AnnotationValues.find(node, "AttributeOverrides")
            .flatMap(group -> AnnotationValues.attribute(group, "value"))
            .stream()
            .flatMap(value -> value.isArrayInitializerExpr() ? value.asArrayInitializerExpr().getValues().stream()
                    : Stream.of(value))
            .filter(Expression::isAnnotationExpr)
            .map(Expression::asAnnotationExpr);
        Map<String, String> overrides = new HashMap<>();
        Stream.concat(direct, grouped)
            .forEach(override -> AnnotationValues.string(override, "name")
                .ifPresent(name -> AnnotationValues.attribute(override, "column")
                    .filter(Expression::isAnnotationExpr)
                    .flatMap(column -> AnnotationValues.string(column.asAnnotationExpr(), "name"))
                    .ifPresent(column -> overrides.put(name, column))));
        return overrides;
    }

    private Optional<TypeDeclaration<?>> embeddable(Type type) {
        if (!type.isClassOrInterfaceType()) {
            return Optional.empty();
        }
        String simple = type.asClassOrInterfaceType().getNameAsString();
        return index.typeBySimpleName(simple, "")
            .filter(declaration -> AnnotationValues.has(declaration, "Embeddable"));
    }

    static List<Attribute> attributes(TypeDeclaration<?> type) {
        if (type.isRecordDeclaration()) {
            return type.asRecordDeclaration()
                .getParameters()
                .stream()
                .map(p -> new Attribute(p.getNameAsString(), p.getType(), p))
                .toList();
        }
        List<Attribute> attributes = new ArrayList<>();
        for (FieldDeclaration field : type.getFields()) {
            if (!field.isStatic() && !field.hasModifier(Modifier.Keyword.TRANSIENT)) {
                field.getVariables()
                    .forEach(variable -> attributes
                        .add(new Attribute(variable.getNameAsString(), variable.getType(), field)));
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
        String javaType = TableNames.simpleName(written.replaceAll("<.*>", ""));
        Optional<AnnotationExpr> enumerated = AnnotationValues.find(node, "Enumerated");
        if (enumerated.isPresent()) {
            return AnnotationValues.constant(enumerated.get(), "value").filter("STRING"::equals).isPresent()
                    ? "varchar(255)" : "smallint";
        }
        if (javaType.equals("String")) {
            return "varchar(" + column.flatMap(c -> AnnotationValues.integer(c, "length")).orElse(255) + ")";
        }
        Optional<String> temporal = AnnotationValues.find(node, "Temporal")
            .flatMap(annotation -> AnnotationValues.constant(annotation, "value"));
        if (temporal.isPresent() && (javaType.equals("Date") || javaType.equals("Calendar"))) {
            return temporal.get().equals("DATE") ? "date" : temporal.get().equals("TIME") ? "time(6)" : "timestamp(6)";
        }
        if (written.equals("java.sql.Date")) {
            return "date";
        }
        if (javaType.equals("BigDecimal")) {
            int precision = column.flatMap(c -> AnnotationValues.integer(c, "precision")).filter(p -> p > 0).orElse(38);
            int scale = column.flatMap(c -> AnnotationValues.integer(c, "scale")).orElse(2);
            return "numeric(" + precision + "," + scale + ")";
        }
        return SQL_TYPES.getOrDefault(javaType, "varchar(255)");
    }

    private static String unquote(String name) {
        return TableNames.unquote(name);
    }

}
