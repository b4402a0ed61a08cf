package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
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
import java.util.List;
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

    private final CallsByLine byLine;

    private final CalleeMatch callees;

    private final Javadocs javadocs;

    private final WritingTransactions transactions;

    private final DeclaredContracts contracts;

    public CallSites(SourceIndex index) {
        this.index = index;
        this.byLine = new CallsByLine(index);
        this.callees = new CalleeMatch(index);
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
        List<Call> calls = new ArrayList<>();
        byLine.calls(location)
            .stream()
            .filter(call -> callees.targets(call, callee))
            .map(call -> new Call(call.getNameAsString(), call.getArguments().size(), resultUsed(call), handled(call),
                    CallReceiver.of(call)))
            .forEach(calls::add);
        byLine.references(location)
            .stream()
            .filter(reference -> !reference.getIdentifier().equals("new") && callees.targets(reference, callee))
            .map(reference -> new Call(reference.getIdentifier(), arity(callee, reference.getIdentifier()), true,
                    handled(reference), CallReceiver.of(reference, Optional.of(reference.getScope()))))
            .forEach(calls::add);
        return calls;
    }

    /**
     * How many arguments a reference to the callee's method passes: the parameters of the
     * methods of that name when they all take as many, else unknown ({@code -1}).
     */
    private int arity(String callee, String method) {
        List<Integer> counts = methodsNamed(callee, method).map(declared -> declared.method().getParameters().size())
            .distinct()
            .toList();
        return counts.size() == 1 ? counts.get(0) : -1;
    }

    /**
     * The callee's method of that name taking that many arguments (any number when
     * {@code arguments} is negative), the first declared one when overloaded, as the
     * document records it. One it inherits from a supertype the sources declare is
     * written with the callee's type arguments put in.
     */
    public Optional<AnalysisDocument.Operation> operation(String callee, String method, int arguments) {
        return declaration(callee, method, arguments).map(declared -> {
            Supertypes.Bound types = declared.types();
            MethodDeclaration declaration = declared.method();
            String returnType = types.erased(declaration, declaration.getType().asString());
            String packageName = callee.contains(".") ? callee.substring(0, callee.lastIndexOf('.')) : "";
            List<AnalysisDocument.Field> parameters = declared.method()
                .getParameters()
                .stream()
                .map(parameter -> new AnalysisDocument.Field(parameter.getNameAsString(),
                        types.erased(declaration, parameter.getType().asString())))
                .toList();
            return new AnalysisDocument.Operation(callee, method, arguments, parameters, returnType,
                    recordComponents(returnType, packageName), List.copyOf(failures(declared.method())));
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

    /** A method as a type, or a supertype of it, declares it. */
    private record Declared(MethodDeclaration method, Supertypes.Bound types) {
    }

    /**
     * The nearest declaration of the method with that many arguments, the first one in
     * its type when overloaded.
     */
    private Optional<Declared> declaration(String callee, String method, int arguments) {
        return methodsNamed(callee, method)
            .filter(declared -> arguments < 0 || declared.method().getParameters().size() == arguments)
            .findFirst();
    }

    /**
     * The methods of that name the callee and its supertypes declare, nearest type first,
     * each type's in the order it declares them.
     */
    private Stream<Declared> methodsNamed(String callee, String method) {
        return index.type(callee)
            .stream()
            .flatMap(type -> Supertypes.of(type, index).nearestFirst().stream())
            .flatMap(bound -> bound.type()
                .getMethodsByName(method)
                .stream()
                .sorted(Comparator.comparing(declaration -> declaration.getBegin().map(p -> p.line).orElse(0)))
                .map(declaration -> new Declared(declaration, bound)));
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
    private static List<String> handled(Node call) {
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

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

}
