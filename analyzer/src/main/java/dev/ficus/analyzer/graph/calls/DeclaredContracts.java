package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.Type;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.CalledType;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the code generated around a boundary is written against, read from the type
 * declarations: the imports and abstract methods of a called type, and whether an event
 * carries its own id. Read here once, so that extract never parses the sources.
 */
final class DeclaredContracts {

    private final SourceIndex index;

    DeclaredContracts(SourceIndex index) {
        this.index = index;
    }

    /**
     * The called type as the document records it; empty when the analysed sources do not
     * declare it.
     * @param kind its kind as the document names it
     */
    Optional<CalledType> calledType(String type, String kind) {
        return index.type(type).map(declaration -> {
            List<String> imports = declaration.findCompilationUnit()
                .map(unit -> imports(unit, type))
                .orElse(List.of(packageOf(type) + ".*"));
            if (!(declaration instanceof ClassOrInterfaceDeclaration named)) {
                return new CalledType(type, kind, imports, List.of(), List.of(), false, List.of());
            }
            if (!named.isInterface()) {
                Subclassing subclassing = Subclassing.of(named);
                return new CalledType(type, kind, imports, subclassing.methods(), List.of(),
                        subclassing.constructorParameters().isPresent(),
                        subclassing.constructorParameters().orElse(List.of()));
            }
            InheritedMethods inherited = InheritedMethods.of(named, index);
            List<String> allImports = Stream.concat(imports.stream(), inherited.imports().stream()).distinct().toList();
            return new CalledType(type, kind, allImports, inherited.methods(), inherited.undeclaredSupertypes(), false,
                    List.of());
        });
    }

    /**
     * Whether {@code eventId()} gives the event's {@code UUID}: a record component, or a
     * method the type declares (a Lombok getter, {@code getEventId()}, is not it).
     */
    boolean declaresEventId(String type) {
        return index.type(type).map(declaration -> {
            Stream<Type> components = declaration.isRecordDeclaration() ? declaration.asRecordDeclaration()
                .getParameters()
                .stream()
                .filter(component -> component.getNameAsString().equals("eventId"))
                .map(Parameter::getType) : Stream.empty();
            Stream<Type> methods = declaration.getMethodsBySignature("eventId")
                .stream()
                .map(method -> method.getType());
            return Stream.concat(components, methods).anyMatch(DeclaredContracts::isUuid);
        }).orElse(false);
    }

    private static boolean isUuid(Type type) {
        String name = type.asString();
        return name.equals("UUID") || name.equals("java.util.UUID");
    }

    static List<String> imports(CompilationUnit unit, String type) {
        List<String> imports = new ArrayList<>();
        imports.add(packageOf(type) + ".*");
        for (ImportDeclaration declaration : unit.getImports()) {
            if (!declaration.isStatic()) {
                imports.add(declaration.getNameAsString() + (declaration.isAsterisk() ? ".*" : ""));
            }
        }
        return imports;
    }

    static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

}
