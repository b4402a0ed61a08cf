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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds how a type reaches the database: JPA entities and their tables, Spring Data
 * repositories and the entity they manage, MyBatis-Plus data objects ({@code @TableName})
 * and their mappers, and SQL or JPQL text in string literals and query annotations.
 */
public final class DataAccessFinder {

    private static final Set<String> REPOSITORY_BASES = Set.of("Repository", "CrudRepository", "ListCrudRepository",
            "PagingAndSortingRepository", "ListPagingAndSortingRepository", "JpaRepository", "JpaSpecificationExecutor",
            "QuerydslPredicateExecutor", "RevisionRepository", "JdbcRepository", "MongoRepository",
            "ReactiveMongoRepository", "ReactiveCrudRepository", "ReactiveSortingRepository",
            "ElasticsearchRepository");

    private static final String SPRING_DATA = "org.springframework.data.";

    private static final String MYBATIS_PLUS = "com.baomidou.";

    private static final List<String> MYBATIS_PLUS_PACKAGES = List.of(MYBATIS_PLUS, "com.github.yulichang.");

    /** Where {@code @TableName} lives, for a file importing it with a wildcard. */
    private static final String TABLE_NAME_PACKAGE = "com.baomidou.mybatisplus.annotation";

    /** Where the mapper bases live, for a file importing them with a wildcard. */
    private static final List<String> MAPPER_BASE_PACKAGES = List.of("com.baomidou.mybatisplus.core.mapper",
            "com.github.yulichang.base");

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
            repository(topLevel, type, facts);
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
            return document(topLevel, type).or(() -> dataObject(topLevel, type));
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

    /**
     * A MyBatis-Plus data object ({@code @TableName}) maps its table as an entity does;
     * its columns are not read (they are not JPA's).
     */
    private Optional<FileFacts.Entity> dataObject(String topLevel, TypeDeclaration<?> type) {
        return AnnotationValues.find(type, "TableName")
            .filter(annotation -> fromLibrary(annotation.getNameAsString(), type, List.of(MYBATIS_PLUS),
                    List.of(TABLE_NAME_PACKAGE)))
            .map(annotation -> new FileFacts.Entity(topLevel, type.getFullyQualifiedName().orElse(topLevel),
                    type.getNameAsString(), TableNames.ofTableName(annotation, type),
                    AnnotationValues.string(annotation, "value").isPresent(), null, null, List.of(), location(type)));
    }

    /**
     * An interface extending a generic interface: a repository of the entity its first
     * type argument names (whether its base is one, a library's or an analysed interface
     * derived from one, is decided once every file is read), or a repository base itself
     * when it passes its own type parameter on ({@code BaseMapperX<T> extends
     * BaseMapper<T>}).
     */
    private void repository(String topLevel, TypeDeclaration<?> type, FileFacts facts) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || !declaration.isInterface()) {
            return;
        }
        Set<String> parameters = declaration.getTypeParameters()
            .stream()
            .map(parameter -> parameter.getNameAsString())
            .collect(Collectors.toSet());
        // a library's base first: Comparable<T> beside JpaRepository<E, Long> says
        // nothing
        List<ClassOrInterfaceType> supertypes = declaration.getExtendedTypes()
            .stream()
            .sorted(Comparator.comparing(supertype -> !libraryBase(supertype, declaration)))
            .toList();
        for (ClassOrInterfaceType supertype : supertypes) {
            Optional<String> first = supertype.getTypeArguments()
                .filter(arguments -> !arguments.isEmpty())
                .map(arguments -> arguments.get(0))
                .filter(argument -> argument.isClassOrInterfaceType())
                .map(argument -> argument.asClassOrInterfaceType().getNameWithScope());
            if (first.isEmpty()) {
                continue;
            }
            String base = libraryBase(supertype, declaration) ? null
                    : scope.qualify(supertype.getNameWithScope(), declaration);
            String name = declaration.getFullyQualifiedName().orElse(topLevel);
            if (parameters.contains(first.get())) {
                facts.repositoryBases.add(new FileFacts.RepositoryBase(name, base));
            }
            else {
                facts.repositories.add(new FileFacts.Repository(topLevel, scope.qualify(first.get(), declaration), base,
                        location(type)));
            }
            return;
        }
    }

    /**
     * A repository base of a library: Spring Data's, by name, or MyBatis-Plus's (and
     * mybatis-plus-join's), by package.
     */
    private boolean libraryBase(ClassOrInterfaceType supertype, ClassOrInterfaceDeclaration declaration) {
        return REPOSITORY_BASES.contains(supertype.getNameAsString())
                || fromLibrary(supertype.getNameWithScope(), declaration, MYBATIS_PLUS_PACKAGES, MAPPER_BASE_PACKAGES);
    }

    /**
     * Whether a name written in the file denotes a library's type: its import (or its
     * qualified name) lies in one of the library's packages, or, imported by no single
     * import and no analysed type, the file imports one of the packages it may be in with
     * a wildcard ({@code import com.baomidou.mybatisplus.annotation.*}).
     */
    private boolean fromLibrary(String name, Node context, List<String> libraryPackages, List<String> wildcards) {
        String qualified = scope.qualify(name, context);
        return libraryPackages.stream().anyMatch(qualified::startsWith)
                || qualified.equals(name) && wildcards.stream().anyMatch(scope::importsPackage);
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
