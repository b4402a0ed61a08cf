package dev.ficus.analyzer.graph.syntax;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;

/**
 * What a type declaration says about itself, read from the syntax alone (no symbol
 * resolution).
 */
public final class Declarations {

    private Declarations() {
    }

    /** The types it extends and implements, as written. */
    public static List<ClassOrInterfaceType> supertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> result = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            result.addAll(declaration.getExtendedTypes());
        }
        if (type instanceof NodeWithImplements<?> implementing && (type instanceof ClassOrInterfaceDeclaration
                || type instanceof EnumDeclaration || type instanceof RecordDeclaration)) {
            result.addAll(implementing.getImplementedTypes());
        }
        return result;
    }

    /**
     * Whether it extends or implements a type whose simple name is one of
     * {@code simpleNames}.
     */
    public static boolean extendsAny(TypeDeclaration<?> type, List<String> simpleNames) {
        return supertypes(type).stream().map(ClassOrInterfaceType::getNameAsString).anyMatch(simpleNames::contains);
    }

    /** A concrete class, not an interface, enum, record or abstract class. */
    public static boolean isConcreteClass(TypeDeclaration<?> type) {
        return type instanceof ClassOrInterfaceDeclaration declaration && !declaration.isInterface()
                && !declaration.isAbstract();
    }

    /** A public instance method. */
    public static boolean isPublicInstance(MethodDeclaration method) {
        return method.isPublic() && !method.isStatic();
    }

    public static String simpleName(String type) {
        String raw = type.replaceAll("<.*>", "");
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

}
