package dev.ficus.analyzer.graph;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.source.ParsedFile;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes the {@link TypeNode} of a top-level type declaration. */
final class TypeNodes {

    private TypeNodes() {
    }

    /**
     * The node of a type. Its lines of code are the file's when the type is alone in its
     * file, else the lines its declaration spans (comments and blank lines included: the
     * file's text is gone by now).
     */
    static TypeNode of(String name, TypeDeclaration<?> type, ParsedFile file) {
        int loc = file.unit().getTypes().size() == 1 ? file.loc()
                : type.getRange().map(range -> range.end.line - range.begin.line + 1).orElse(0);
        Set<String> annotations = type.getAnnotations()
            .stream()
            .map(annotation -> annotation.getName().getIdentifier())
            .collect(Collectors.toSet());
        return new TypeNode(name, file.file(), loc, annotations, kind(type));
    }

    private static TypeNode.Kind kind(TypeDeclaration<?> type) {
        if (type.isEnumDeclaration()) {
            return TypeNode.Kind.ENUM;
        }
        if (type.isRecordDeclaration()) {
            return TypeNode.Kind.RECORD;
        }
        if (type.isAnnotationDeclaration()) {
            return TypeNode.Kind.ANNOTATION;
        }
        return type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface()
                ? TypeNode.Kind.INTERFACE : TypeNode.Kind.CLASS;
    }

}
