package dev.ficus.analyzer.graph;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.ficus.analyzer.source.ParsedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        return new TypeNode(name, file.file(), loc, annotations, kind(type), libraryInterfaces(type, file),
                utilityClass(type));
    }

    /**
     * A class whose methods and fields are all static, with at least one method (its
     * constructors, private as a rule, do not count): the Java idiom of a utility class.
     */
    private static boolean utilityClass(TypeDeclaration<?> type) {
        if (!type.isClassOrInterfaceDeclaration() || type.asClassOrInterfaceDeclaration().isInterface()) {
            return false;
        }
        List<BodyDeclaration<?>> members = type.getMembers()
            .stream()
            .filter(member -> member.isMethodDeclaration() || member.isFieldDeclaration())
            .toList();
        return members.stream().anyMatch(BodyDeclaration::isMethodDeclaration) && members.stream()
            .allMatch(member -> member.isMethodDeclaration() ? member.asMethodDeclaration().isStatic()
                    : member.asFieldDeclaration().isStatic());
    }

    /**
     * The interfaces a class implements that may come from a library, by the names its
     * file's imports give them: a single-type import or a name written fully qualified
     * gives one name; a name neither imports nor qualifies comes from the class's own
     * package, {@code java.lang} or a wildcard import, and gets one name per wildcard
     * import when none of them is the JDK's and {@code java.lang} has no such type (else
     * it may be the JDK's, and none is given). Names in the JDK ({@code java.*}) are left
     * out; whether a name is analysed code is decided later, against the analysed types.
     */
    private static Set<String> libraryInterfaces(TypeDeclaration<?> type, ParsedFile file) {
        if (!type.isClassOrInterfaceDeclaration() || type.asClassOrInterfaceDeclaration().isInterface()) {
            return Set.of();
        }
        Map<String, String> imported = new HashMap<>();
        Set<String> wildcards = new TreeSet<>();
        file.unit().getImports().stream().filter(i -> !i.isStatic()).forEach(i -> {
            if (i.isAsterisk()) {
                wildcards.add(i.getNameAsString());
            }
            else {
                imported.put(i.getName().getIdentifier(), i.getNameAsString());
            }
        });
        Set<String> result = new TreeSet<>();
        for (ClassOrInterfaceType implemented : type.asClassOrInterfaceDeclaration().getImplementedTypes()) {
            String written = implemented.getNameWithScope();
            int dot = written.indexOf('.');
            String first = dot < 0 ? written : written.substring(0, dot);
            if (imported.containsKey(first)) {
                result.add(imported.get(first) + written.substring(first.length()));
            }
            else if (Character.isLowerCase(first.charAt(0))) {
                result.add(written);
            }
            else if (!inJavaLang(first) && wildcards.stream().noneMatch(wildcard -> wildcard.startsWith("java."))) {
                wildcards.forEach(wildcard -> result.add(wildcard + "." + written));
            }
        }
        result.removeIf(name -> name.startsWith("java."));
        return result;
    }

    private static boolean inJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, TypeNodes.class.getClassLoader());
            return true;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
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
