package dev.ficus.analyzer.extract;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Transactions that span two candidates: a call across the boundary made from inside a
 * writing {@code @Transactional} method (or class). In the monolith both sides commit or
 * roll back together; once either is a service they are two transactions, so the plan
 * names each such call as a risk of both candidates. Read from the caller's source file
 * at the call's location; a file that cannot be read gives no risk.
 */
final class SpanningTransactions {

    private final List<String> notes = new ArrayList<>();

    private final Map<String, Optional<CompilationUnit>> parsed = new HashMap<>();

    SpanningTransactions(Path sourceRoot, List<CrossingCall> calls, Set<String> entities) {
        Set<String> seen = new LinkedHashSet<>();
        for (CrossingCall call : calls) {
            if (entities.contains(call.callee())) {
                continue;
            }
            transactionalMethod(sourceRoot, call.location()).ifPresent(method -> {
                String caller = Names.simpleName(call.caller()) + "." + method;
                String callee = Names.simpleName(call.callee()) + "." + call.method();
                if (seen.add(caller + ">" + callee)) {
                    notes.add("`" + caller + "` (" + call.callerOwner() + ") calls `" + callee + "`" + " ("
                            + call.calleeOwner() + ") inside one transaction: once " + call.callerOwner() + " and "
                            + call.calleeOwner() + " are apart, the work on both sides no longer commits or"
                            + " rolls back together; make one side react to an event from the other's outbox (or a saga with a"
                            + " compensation) before extracting either");
                }
            });
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * The name of the method around {@code location} (file:line) when it, or the type
     * declaring it, is a writing {@code @Transactional}.
     */
    private Optional<String> transactionalMethod(Path sourceRoot, String location) {
        int colon = location.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        int line;
        try {
            line = Integer.parseInt(location.substring(colon + 1));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
        return parse(sourceRoot.resolve(location.substring(0, colon))).flatMap(unit -> unit
            .findAll(MethodDeclaration.class,
                    method -> method.getRange()
                        .map(range -> range.begin.line <= line && line <= range.end.line)
                        .orElse(false))
            .stream()
            .filter(SpanningTransactions::writesInATransaction)
            .map(MethodDeclaration::getNameAsString)
            .findFirst());
    }

    private static boolean writesInATransaction(MethodDeclaration method) {
        Optional<Boolean> own = writingTransaction(method);
        if (own.isPresent()) {
            return own.get();
        }
        Optional<Node> parent = method.getParentNode();
        return parent.filter(TypeDeclaration.class::isInstance)
            .map(type -> writingTransaction((TypeDeclaration<?>) type).orElse(false))
            .orElse(false);
    }

    /** Empty when not annotated; false for a read-only transaction. */
    private static Optional<Boolean> writingTransaction(NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
            String name = annotation.getNameAsString();
            if (name.equals("Transactional") || name.endsWith(".Transactional")) {
                boolean readOnly = annotation.isNormalAnnotationExpr() && annotation.asNormalAnnotationExpr()
                    .getPairs()
                    .stream()
                    .anyMatch(SpanningTransactions::isReadOnlyTrue);
                return Optional.of(!readOnly);
            }
        }
        return Optional.empty();
    }

    private static boolean isReadOnlyTrue(MemberValuePair pair) {
        return pair.getNameAsString().equals("readOnly") && pair.getValue().toString().equals("true");
    }

    private Optional<CompilationUnit> parse(Path file) {
        return parsed.computeIfAbsent(file.toString(), key -> {
            try {
                return Optional.of(StaticJavaParser.parse(Files.readString(file)));
            }
            catch (IOException | ParseProblemException e) {
                return Optional.empty();
            }
        });
    }

}
