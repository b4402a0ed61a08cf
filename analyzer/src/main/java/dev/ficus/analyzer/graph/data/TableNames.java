package dev.ficus.analyzer.graph.data;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JPA's table naming as Spring Boot applies it: the one place that turns an entity or
 * attribute name into a table or column name, for the data-access finder and the entity
 * tables alike.
 */
public final class TableNames {

    private static final String SPRING_DATA = "org.springframework.data.";

    private TableNames() {
    }

    /**
     * The table an {@code @Entity} maps: {@code @Table(name)}, else its entity name, else
     * its simple name in snake case.
     */
    public static String ofEntity(TypeDeclaration<?> entity) {
        return explicitTable(entity).orElseGet(() -> defaultTableName(entityName(entity)));
    }

    /**
     * The collection a Spring Data {@code @Document} maps: its {@code collection} (or
     * {@code value}/{@code indexName}), else its simple name with a lower-case first
     * letter, as Spring Data derives it.
     */
    public static String ofDocument(TypeDeclaration<?> document) {
        return explicitCollection(document).orElseGet(() -> {
            String name = document.getNameAsString();
            return unquote(Character.toLowerCase(name.charAt(0)) + name.substring(1));
        });
    }

    /**
     * The Spring Data store of a document ({@code mongodb} for MongoDB's
     * {@code @Document}, {@code elasticsearch} for Elasticsearch's): the package after
     * {@code org.springframework.data.} its annotation is imported from. Empty for any
     * other type.
     */
    public static Optional<String> documentStore(TypeDeclaration<?> type) {
        return AnnotationValues.find(type, "Document")
            .flatMap(annotation -> qualified(annotation, type))
            .filter(name -> name.startsWith(SPRING_DATA) && name.indexOf('.', SPRING_DATA.length()) > 0)
            .map(name -> name.substring(SPRING_DATA.length(), name.indexOf('.', SPRING_DATA.length())));
    }

    private static Optional<String> qualified(AnnotationExpr annotation, TypeDeclaration<?> type) {
        String name = annotation.getNameAsString();
        if (name.contains(".")) {
            return Optional.of(name);
        }
        List<ImportDeclaration> imports = type.findCompilationUnit()
            .map(CompilationUnit::getImports)
            .orElseGet(NodeList::new)
            .stream()
            .filter(declaration -> !declaration.isStatic())
            .toList();
        Optional<String> single = imports.stream()
            .filter(declaration -> !declaration.isAsterisk())
            .map(ImportDeclaration::getNameAsString)
            .filter(imported -> imported.endsWith("." + name))
            .findFirst();
        return single.or(() -> imports.stream()
            .filter(ImportDeclaration::isAsterisk)
            .map(declaration -> declaration.getNameAsString() + "." + name)
            .filter(imported -> imported.startsWith(SPRING_DATA))
            .findFirst());
    }

    /** The collection its {@code @Document} names, if any. */
    public static Optional<String> explicitCollection(TypeDeclaration<?> document) {
        return AnnotationValues.find(document, "Document")
            .flatMap(annotation -> AnnotationValues.string(annotation, "collection")
                .or(() -> AnnotationValues.string(annotation, "value"))
                .or(() -> AnnotationValues.string(annotation, "indexName")))
            .map(TableNames::unquote);
    }

    /** The name its {@code @Table} gives, unquoted and in lower case, if any. */
    public static Optional<String> explicitTable(TypeDeclaration<?> entity) {
        return AnnotationValues.find(entity, "Table")
            .flatMap(table -> AnnotationValues.string(table, "name"))
            .map(TableNames::unquote);
    }

    /**
     * The table a MyBatis-Plus {@code @TableName} maps: its {@code value}, else the
     * simple name with an underscore before every capital but the first, as MyBatis-Plus
     * derives it by default ({@code OrderItemDO} → {@code order_item_d_o}).
     */
    public static String ofTableName(AnnotationExpr tableName, TypeDeclaration<?> type) {
        return AnnotationValues.string(tableName, "value")
            .map(TableNames::unquote)
            .orElseGet(() -> unquote(type.getNameAsString().replaceAll("(?<=.)([A-Z])", "_$1")));
    }

    /** The JPA entity name: {@code @Entity(name)}, else the simple class name. */
    public static String entityName(TypeDeclaration<?> entity) {
        return AnnotationValues.find(entity, "Entity")
            .flatMap(annotation -> AnnotationValues.string(annotation, "name"))
            .orElse(entity.getNameAsString());
    }

    /**
     * {@code "ProductPrice"} → {@code "product_price"}: Spring Boot's default physical
     * naming.
     */
    public static String defaultTableName(String camel) {
        return unquote(camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2"));
    }

    /**
     * Drops SQL quoting and folds to lower case, as the database sees an unquoted name.
     */
    public static String unquote(String name) {
        return name.replaceAll("[`\"]", "").toLowerCase(Locale.ROOT);
    }

    static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

}
