package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.CalledType;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the call sites the graph recorded as {@code file:line}: which method of the
 * callee is called there, whether the caller uses its result or catches its exceptions,
 * and what that method declares (parameters, return type, the failures it signals).
 * <p>
 * A call is matched to the callee by symbol resolution when the sources carry a type
 * solver, else by the declared type of the variable or field the method is called on.
 */
public final class CallSites {

    private static final Pattern THROWS_TAG = Pattern.compile("@(?:throws|exception)\\s+([\\w.$]+)");

    private final SourceIndex index;

    /**
     * Each file's method calls by line, in the order a walk of the tree meets them: built
     * once per file, since a file holds many of the recorded locations.
     */
    private final Map<String, Map<Integer, List<MethodCallExpr>>> callsByLineByFile = new HashMap<>();

    private final ResolvedCalls resolved = new ResolvedCalls();

    private final Javadocs javadocs;

    private final WritingTransactions transactions;

    private final DeclaredContracts contracts;

    public CallSites(SourceIndex index) {
        this.index = index;
        this.javadocs = new Javadocs(index);
        this.transactions = new WritingTransactions(index);
        this.contracts = new DeclaredContracts(index);
    }

    /**
     * A call found at a location.
     *
     * @param method the called method's name
     * @param arguments number of arguments
     * @param resultUsed whether the returned value is used
     * @param handled exceptions caught by a {@code try} around the call (simple names),
     * sorted
     * @param receiver what the call is made on, one of
     * {@link AnalysisDocument.CallSite}'s kinds
     */
    public record Call(String method, int arguments, boolean resultUsed, List<String> handled, String receiver) {

        public Call {
            handled = List.copyOf(handled);
        }
    }

    /**
     * The calls to {@code callee} at the location, empty when the location holds none
     * (e.g. a field type).
     */
    public List<Call> callsAt(SourceLocation location, String callee) {
        return callsByLine(location.file()).getOrDefault(location.line(), List.of())
            .stream()
            .filter(call -> targets(call, callee))
            .map(call -> new Call(call.getNameAsString(), call.getArguments().size(), resultUsed(call), handled(call),
                    CallReceiver.of(call)))
            .toList();
    }

    private Map<Integer, List<MethodCallExpr>> callsByLine(String file) {
        return callsByLineByFile.computeIfAbsent(file,
                path -> index.file(path).map(CallSites::indexByLine).orElse(Map.of()));
    }

    private static Map<Integer, List<MethodCallExpr>> indexByLine(CompilationUnit unit) {
        Map<Integer, List<MethodCallExpr>> byLine = new HashMap<>();
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            call.getBegin().ifPresent(begin -> byLine.computeIfAbsent(begin.line, line -> new ArrayList<>()).add(call));
        }
        return byLine;
    }

    /**
     * The callee's method of that name taking that many arguments (any number when
     * {@code arguments} is negative), the first declared one when overloaded, as the
     * document records it.
     */
    public Optional<AnalysisDocument.Operation> operation(String callee, String method, int arguments) {
        return declaration(callee, method, arguments).map(declaration -> {
            String returnType = declaration.getType().asString();
            String packageName = callee.contains(".") ? callee.substring(0, callee.lastIndexOf('.')) : "";
            return new AnalysisDocument.Operation(callee, method, arguments,
                    declaration.getParameters().stream().map(CallSites::field).toList(), returnType,
                    recordComponents(returnType, packageName), List.copyOf(failures(declaration)));
        });
    }

    /**
     * The method around the location when it, or its class, is a writing
     * {@code @Transactional}; empty when not (or the file was not read).
     */
    public String writingTransactionAround(SourceLocation location) {
        return transactions.methodAround(location.file(), location.line());
    }

    /**
     * A callee as the code generated around the boundary uses it: its imports and, for an
     * interface, its abstract methods; empty when the analysed sources do not declare it.
     */
    public Optional<CalledType> calledType(String callee, String kind) {
        return contracts.calledType(callee, kind);
    }

    /**
     * Whether the type declares a {@code UUID eventId} (a record component or a field).
     */
    public boolean declaresEventId(String type) {
        return contracts.declaresEventId(type);
    }

    private Optional<MethodDeclaration> declaration(String callee, String method, int arguments) {
        return index.type(callee)
            .stream()
            .flatMap(type -> type.getMethodsByName(method).stream())
            .filter(declaration -> arguments < 0 || declaration.getParameters().size() == arguments)
            .min(Comparator.comparing(declaration -> declaration.getBegin().map(p -> p.line).orElse(0)));
    }

    /**
     * Exceptions a method tells its callers about: its {@code throws} clause,
     * {@code @throws} tags, its throws.
     */
    private SortedSet<String> failures(MethodDeclaration declaration) {
        SortedSet<String> failures = new TreeSet<>();
        declaration.getThrownExceptions().forEach(thrown -> failures.add(simpleName(thrown.asString())));
        Matcher tags = THROWS_TAG.matcher(String.join("\n", javadocs.above(declaration)));
        while (tags.find()) {
            failures.add(simpleName(tags.group(1)));
        }
        declaration.findAll(ThrowStmt.class)
            .stream()
            .map(ThrowStmt::getExpression)
            .filter(Expression::isObjectCreationExpr)
            .map(Expression::asObjectCreationExpr)
            .map(ObjectCreationExpr::getType)
            .forEach(type -> failures.add(simpleName(type.getNameAsString())));
        return failures;
    }

    /**
     * Whether the caller uses the call's value: it is no statement of its own, or it is
     * the body of an expression lambda, which may return it
     * ({@code (root, query, cb) -> QueryHelp.getPredicate(...)}).
     */
    private static boolean resultUsed(MethodCallExpr call) {
        return !(call.getParentNode().orElse(null) instanceof ExpressionStmt statement)
                || statement.getParentNode().orElse(null) instanceof LambdaExpr;
    }

    /**
     * Exception types caught by the {@code try} statements whose block holds the call,
     * innermost first.
     */
    private static List<String> handled(MethodCallExpr call) {
        SortedSet<String> handled = new TreeSet<>();
        Node child = call;
        Optional<Node> parent = call.getParentNode();
        while (parent.isPresent() && !(parent.get() instanceof CallableDeclaration<?>)
                && !(parent.get() instanceof LambdaExpr)) {
            if (parent.get() instanceof TryStmt tryStmt && tryStmt.getTryBlock() == child) {
                for (CatchClause clause : tryStmt.getCatchClauses()) {
                    Type caught = clause.getParameter().getType();
                    Stream<Type> alternatives = caught.isUnionType()
                            ? caught.asUnionType().getElements().stream().map(Type.class::cast) : Stream.of(caught);
                    alternatives.forEach(type -> handled.add(simpleName(type.asString())));
                }
            }
            child = parent.get();
            parent = child.getParentNode();
        }
        return new ArrayList<>(handled);
    }

    /**
     * Components of the named record (or the record in an {@code Optional}) when the
     * analysed code declares it.
     */
    private List<AnalysisDocument.Field> recordComponents(String typeName, String nearPackage) {
        String unwrapped = typeName.matches("(java\\.util\\.)?Optional<.+>")
                ? typeName.substring(typeName.indexOf('<') + 1, typeName.length() - 1) : typeName;
        String simple = simpleName(unwrapped.replaceAll("<.*>", ""));
        return index.typeBySimpleName(simple, nearPackage)
            .filter(TypeDeclaration::isRecordDeclaration)
            .map(type -> type.asRecordDeclaration().getParameters().stream().map(CallSites::field).toList())
            .orElse(List.of());
    }

    private static AnalysisDocument.Field field(Parameter parameter) {
        return new AnalysisDocument.Field(parameter.getNameAsString(), parameter.getType().asString());
    }

    private boolean targets(MethodCallExpr call, String callee) {
        Optional<Boolean> byResolution = resolved.declaringType(call)
            .map(type -> type.equals(callee) || type.startsWith(callee + "."));
        if (byResolution.isPresent()) {
            return byResolution.get();
        }
        String simple = simpleName(callee);
        return call.getScope()
            .map(scope -> scopeName(scope)
                .map(name -> name.equals(simple) || declaredType(call, name).map(simple::equals).orElse(false))
                .orElse(false))
            .orElse(false);
    }

    private static Optional<String> scopeName(Expression scope) {
        if (scope.isNameExpr()) {
            return Optional.of(scope.asNameExpr().getNameAsString());
        }
        if (scope.isFieldAccessExpr() && scope.asFieldAccessExpr().getScope().isThisExpr()) {
            return Optional.of(scope.asFieldAccessExpr().getNameAsString());
        }
        return Optional.empty();
    }

    /**
     * Simple name of the declared type of a variable, parameter or field visible from the
     * call, innermost first.
     */
    private static Optional<String> declaredType(MethodCallExpr call, String name) {
        Stream<Type> parameters = call.findAncestor(CallableDeclaration.class)
            .stream()
            .flatMap(callable -> ((CallableDeclaration<?>) callable).getParameters().stream())
            .filter(parameter -> parameter.getNameAsString().equals(name))
            .map(Parameter::getType);
        Stream<Type> variables = call.findAncestor(TypeDeclaration.class)
            .stream()
            .flatMap(type -> ((TypeDeclaration<?>) type).findAll(VariableDeclarator.class).stream())
            .filter(variable -> variable.getNameAsString().equals(name))
            .map(VariableDeclarator::getType);
        return Stream.concat(parameters, variables)
            .findFirst()
            .map(type -> simpleName(type.asString().replaceAll("<.*>", "")));
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

}
