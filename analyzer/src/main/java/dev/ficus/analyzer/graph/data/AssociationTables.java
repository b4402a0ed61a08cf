package dev.ficus.analyzer.graph.data;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.Type;
import dev.ficus.analyzer.document.TableSpec;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The columns JPA associations put outside their entity's own table: the join table of an
 * owning {@code @ManyToMany} (one foreign key to each side) and the foreign key a
 * unidirectional {@code @OneToMany} with {@code @JoinColumn} puts into the target's
 * table. Names follow JPA's defaults where none are given, in Spring Boot's snake case.
 */
final class AssociationTables {

    private final SourceIndex index;

    private final Map<String, TableSpec> joinTables = new LinkedHashMap<>();

    /** Foreign key columns by the table of the entity they are added to. */
    private final Map<String, List<TableSpec.Column>> foreignKeys = new LinkedHashMap<>();

    AssociationTables(SourceIndex index) {
        this.index = index;
    }

    /**
     * Notes what {@code attribute} of entity {@code owner} (table {@code table}) maps.
     */
    void read(TypeDeclaration<?> owner, String table, EntityTables.Attribute attribute) {
        if (AnnotationValues.find(attribute.annotated(), "ManyToMany").filter(AssociationTables::owning).isPresent()) {
            target(attribute.type()).ifPresent(target -> joinTable(owner, table, attribute, target));
        }
        if (AnnotationValues.find(attribute.annotated(), "OneToMany").filter(AssociationTables::owning).isPresent()) {
            AnnotationValues.find(attribute.annotated(), "JoinColumn")
                .flatMap(join -> AnnotationValues.string(join, "name"))
                .ifPresent(column -> target(attribute.type())
                    .ifPresent(target -> foreignKeys.computeIfAbsent(tableOf(target), t -> new ArrayList<>())
                        .add(new TableSpec.Column(TableNames.unquote(column), "bigint", false, false, true, false))));
        }
    }

    /** The entity tables with the foreign keys added, and the join tables. */
    SortedMap<String, TableSpec> addTo(SortedMap<String, TableSpec> tables) {
        foreignKeys.forEach((table, columns) -> {
            TableSpec spec = tables.get(table);
            if (spec != null) {
                List<TableSpec.Column> all = new ArrayList<>(spec.columns());
                columns.stream()
                    .filter(column -> all.stream().noneMatch(c -> c.name().equals(column.name())))
                    .forEach(all::add);
                tables.put(table, new TableSpec(spec.name(), spec.entity(), all));
            }
        });
        joinTables.forEach(tables::putIfAbsent);
        return tables;
    }

    private void joinTable(TypeDeclaration<?> owner, String table, EntityTables.Attribute attribute,
            TypeDeclaration<?> target) {
        Optional<AnnotationExpr> declared = AnnotationValues.find(attribute.annotated(), "JoinTable");
        String name = TableNames.unquote(
                declared.flatMap(join -> AnnotationValues.string(join, "name")).orElse(table + "_" + tableOf(target)));
        String ownerColumn = declared.flatMap(join -> joinColumnName(join, "joinColumns"))
            .orElse(TableNames.defaultTableName(TableNames.entityName(owner)) + "_id");
        String targetColumn = declared.flatMap(join -> joinColumnName(join, "inverseJoinColumns"))
            .orElse(TableNames.defaultTableName(attribute.name()) + "_id");
        // the owning entity maps the join table with its @JoinTable
        joinTables.putIfAbsent(name, new TableSpec(name, owner.getFullyQualifiedName().orElse(owner.getNameAsString()),
                List.of(foreignKey(ownerColumn), foreignKey(targetColumn))));
    }

    private static TableSpec.Column foreignKey(String name) {
        return new TableSpec.Column(TableNames.unquote(name), "bigint", false, false, false, false);
    }

    private static Optional<String> joinColumnName(AnnotationExpr joinTable, String attribute) {
        return AnnotationValues.attribute(joinTable, attribute)
            .map(value -> value.isArrayInitializerExpr()
                    ? value.asArrayInitializerExpr().getValues().getFirst().orElse(value) : value)
            .filter(Expression::isAnnotationExpr)
            .flatMap(join -> AnnotationValues.string(join.asAnnotationExpr(), "name"));
    }

    /** The side that maps the association: it names no {@code mappedBy}. */
    private static boolean owning(AnnotationExpr association) {
        return AnnotationValues.string(association, "mappedBy").isEmpty();
    }

    /**
     * The entity a collection attribute holds: {@code Set<Specialty>} gives Specialty.
     */
    private Optional<TypeDeclaration<?>> target(Type type) {
        if (!type.isClassOrInterfaceType()) {
            return Optional.empty();
        }
        return type.asClassOrInterfaceType()
            .getTypeArguments()
            .flatMap(arguments -> arguments.getLast())
            .filter(Type::isClassOrInterfaceType)
            .flatMap(element -> index.typeBySimpleName(element.asClassOrInterfaceType().getNameAsString(), ""))
            .filter(declaration -> AnnotationValues.has(declaration, "Entity"));
    }

    private static String tableOf(TypeDeclaration<?> entity) {
        return TableNames.unquote(TableNames.ofEntity(entity));
    }

}
