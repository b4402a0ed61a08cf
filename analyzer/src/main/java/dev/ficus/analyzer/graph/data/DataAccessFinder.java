package dev.ficus.analyzer.graph.data;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.facts.FileFacts;
import dev.ficus.analyzer.graph.resolve.FileScope;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds how a type reaches the database: JPA entities and their tables, Spring Data
 * repositories and the entity they manage, and SQL or JPQL text in string literals and
 * query annotations.
 */
public final class DataAccessFinder {

    private static final Set<String> REPOSITORY_BASES = Set.of("Repository", "CrudRepository", "ListCrudRepository",
            "PagingAndSortingRepository", "ListPagingAndSortingRepository", "JpaRepository", "JpaSpecificationExecutor",
            "QuerydslPredicateExecutor", "RevisionRepository", "JdbcRepository", "MongoRepository",
            "ReactiveMongoRepository", "ReactiveCrudRepository", "ReactiveSortingRepository",
            "ElasticsearchRepository");

    private static final String SPRING_DATA = "org.springframework.data.";

    private static final Set<String> MYBATIS_ANNOTATIONS = Set.of("Select", "Insert", "Update", "Delete");

    private static final Set<String> OWNED_TABLE_ANNOTATIONS = Set.of("JoinTable", "CollectionTable", "SecondaryTable");

    private final FileScope scope;

    private final String file;

    public DataAccessFinder(FileScope scope, String file) {
        this.scope = scope;
        this.file = file;
    }

    /**
     * Entities and repositories among the (top-level and nested) type declarations of a
     * top-level type.
     */
    public void declarations(String topLevel, List<TypeDeclaration<?>> types, FileFacts facts) {
        for (TypeDeclaration<?> type : types) {
            entity(topLevel, type).ifPresent(facts.entities::add);
            repository(topLevel, type).ifPresent(facts.repositories::add);
        }
    }

    /**
     * SQL in one node of the top-level type; the caller walks the tree once for all
     * finders.
     */
    public void visit(String topLevel, Node node, FileFacts facts) {
        sql(topLevel, node).ifPresent(facts.sql::add);
    }

    private Optional<FileFacts.Entity> entity(String topLevel, TypeDeclaration<?> type) {
        Optional<AnnotationExpr> entity = AnnotationValues.find(type, "Entity");
        if (entity.isEmpty()) {
            return document(topLevel, type);
        }
        // inheritance is followed later, by EntityInheritance, once every entity is known
        String table = TableNames.ofEntity(type);
        String superclass = type instanceof ClassOrInterfaceDeclaration declaration ? declaration.getExtendedTypes()
            .getFirst()
            .map(extended -> scope.qualify(extended.getNameWithScope(), declaration))
            .orElse(null) : null;
        String inheritance = AnnotationValues.find(type, "Inheritance")
            .map(annotation -> AnnotationValues.constant(annotation, "strategy")
                .orElse(EntityInheritance.Strategy.SINGLE_TABLE.name()))
            .orElse(null);
        List<String> owned = new ArrayList<>();
        for (AnnotationExpr annotation : type.findAll(AnnotationExpr.class)) {
            if (OWNED_TABLE_ANNOTATIONS.contains(annotation.getName().getIdentifier())) {
                AnnotationValues.values(annotation, "name")
                    .stream()
                    .findFirst()
                    .map(name -> name.toLowerCase(Locale.ROOT))
                    .ifPresent(owned::add);
            }
        }
        return Optional.of(new FileFacts.Entity(topLevel, type.getFullyQualifiedName().orElse(topLevel),
                TableNames.entityName(type), table, TableNames.explicitTable(type).isPresent(), superclass, inheritance,
                owned, location(type)));
    }

    /**
     * A Spring Data document ({@code @Document} of MongoDB or Elasticsearch) owns its
     * collection as an entity owns its table.
     */
    private Optional<FileFacts.Entity> document(String topLevel, TypeDeclaration<?> type) {
        return AnnotationValues.find(type, "Document")
            .filter(annotation -> scope.qualify(annotation.getNameAsString(), type).startsWith(SPRING_DATA))
            .map(annotation -> new FileFacts.Entity(topLevel, type.getFullyQualifiedName().orElse(topLevel),
                    type.getNameAsString(), TableNames.ofDocument(type),
                    TableNames.explicitCollection(type).isPresent(), null, null, List.of(), location(type)));
    }

    private Optional<FileFacts.Repository> repository(String topLevel, TypeDeclaration<?> type) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || !declaration.isInterface()) {
            return Optional.empty();
        }
        for (ClassOrInterfaceType supertype : declaration.getExtendedTypes()) {
            if (REPOSITORY_BASES.contains(supertype.getNameAsString())
                    && supertype.getTypeArguments().filter(arguments -> !arguments.isEmpty()).isPresent()) {
                var entity = supertype.getTypeArguments().get().get(0);
                if (entity.isClassOrInterfaceType()) {
                    String name = scope.qualify(entity.asClassOrInterfaceType().getNameWithScope(), declaration);
                    return Optional.of(new FileFacts.Repository(topLevel, name, location(type)));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<FileFacts.Sql> sql(String topLevel, Node node) {
        if (node instanceof AnnotationExpr annotation && queryAnnotation(annotation).isPresent()) {
            String text = String.join(" ", AnnotationValues.values(annotation, "value"));
            return SqlTables.looksLikeSql(text)
                    ? Optional.of(new FileFacts.Sql(topLevel, text, queryAnnotation(annotation).get(), location(node)))
                    : Optional.empty();
        }
        if (node.findAncestor(AnnotationExpr.class).flatMap(this::queryAnnotation).isPresent()) {
            return Optional.empty();
        }
        if (!(node instanceof StringLiteralExpr || node instanceof TextBlockLiteralExpr || node instanceof BinaryExpr)
                || node.getParentNode().filter(DataAccessFinder::isConcatenation).isPresent()
                || node instanceof BinaryExpr binary && !isConcatenation(binary)) {
            return Optional.empty();
        }
        String text = concatenated((Expression) node);
        if (!SqlTables.looksLikeSql(text)) {
            return Optional.empty();
        }
        return Optional.of(new FileFacts.Sql(topLevel, text, "sql", location(node)));
    }

    /**
     * How SQL in a query annotation was found: MyBatis {@code @Select}..., or a
     * repository's {@code @Query}.
     */
    private Optional<String> queryAnnotation(AnnotationExpr annotation) {
        String name = annotation.getName().getIdentifier();
        return MYBATIS_ANNOTATIONS.contains(name) ? Optional.of("mybatis")
                : name.equals("Query") || name.equals("NativeQuery") ? Optional.of("repository") : Optional.empty();
    }

    private static boolean isConcatenation(Node node) {
        return node instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS;
    }

    /**
     * The text of literals joined by {@code +}, other operands replaced by a placeholder.
     */
    private static String concatenated(Expression expression) {
        if (expression instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return block.asString();
        }
        if (isConcatenation(expression)) {
            BinaryExpr binary = expression.asBinaryExpr();
            return concatenated(binary.getLeft()) + concatenated(binary.getRight());
        }
        return " ? ";
    }

    private SourceLocation location(Node node) {
        return new SourceLocation(file, node.getBegin().map(position -> position.line).orElse(0));
    }

}
