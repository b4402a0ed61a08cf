package dev.ficus.analyzer.boundaries;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Copies a source tree into one package {@code p} with every top-level type renamed to a
 * meaningless {@code C<n>} (numbered in a shuffled order), rewriting every reference,
 * import and constructor accordingly and dropping comments and {@code package-info.java}.
 * What is left for the analyzer is the structure: calls, types used, annotations, string
 * literals such as paths and table names.
 */
final class MeaninglessCopy {

    static final String PACKAGE = "p";

    private final JavaParser parser = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /** The original fully qualified name of every renamed type, by its new name. */
    private final SortedMap<String, String> originals = new TreeMap<>();

    /**
     * Writes the copy under {@code target/src/main/java/p} and returns original names by
     * new names.
     */
    SortedMap<String, String> copy(Path sourceRoot, Path target) throws IOException {
        List<CompilationUnit> units = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (!file.getFileName().toString().equals("package-info.java")) {
                    units.add(parser.parse(file).getResult().orElseThrow());
                }
            }
        }
        Map<String, String> renamed = newNames(units);
        Path folder = Files.createDirectories(target.resolve("src/main/java").resolve(PACKAGE));
        for (CompilationUnit unit : units) {
            rewrite(unit, renamed);
            String name = unit.getType(0).getNameAsString();
            Files.writeString(folder.resolve(name + ".java"), unit.toString());
        }
        renamed.forEach((original, name) -> originals.put(PACKAGE + "." + name, original));
        return Collections.unmodifiableSortedMap(originals);
    }

    private static Map<String, String> newNames(List<CompilationUnit> units) {
        List<String> types = new ArrayList<>();
        units.forEach(unit -> unit.getTypes().forEach(type -> types.add(qualified(unit, type))));
        Collections.sort(types);
        Collections.shuffle(types, new Random(7));
        Map<String, String> result = new HashMap<>();
        for (int i = 0; i < types.size(); i++) {
            result.put(types.get(i), "C" + (i + 1));
        }
        return result;
    }

    private static void rewrite(CompilationUnit unit, Map<String, String> renamed) {
        String packageName = unit.getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
        Map<String, String> visible = new HashMap<>();
        renamed.forEach((original, name) -> {
            if (packageOf(original).equals(packageName)) {
                visible.put(simpleName(original), name);
            }
        });
        for (ImportDeclaration declaration : new ArrayList<>(unit.getImports())) {
            rewriteImport(declaration, renamed, visible);
        }
        unit.setPackageDeclaration(PACKAGE);
        unit.getAllContainedComments().forEach(Comment::remove);
        unit.findAll(ClassOrInterfaceType.class).forEach(type -> {
            String qualified = type.getScope()
                .map(scope -> scope.asString() + "." + type.getNameAsString())
                .orElse(null);
            if (qualified != null && renamed.containsKey(qualified)) {
                type.removeScope();
                type.setName(renamed.get(qualified));
            }
            else if (type.getScope().isEmpty() && visible.containsKey(type.getNameAsString())) {
                type.setName(visible.get(type.getNameAsString()));
            }
        });
        unit.findAll(NameExpr.class).forEach(name -> {
            if (visible.containsKey(name.getNameAsString())) {
                name.setName(visible.get(name.getNameAsString()));
            }
        });
        unit.findAll(AnnotationExpr.class).forEach(annotation -> {
            if (visible.containsKey(annotation.getNameAsString())) {
                annotation.setName(new Name(visible.get(annotation.getNameAsString())));
            }
        });
        for (TypeDeclaration<?> type : unit.getTypes()) {
            String name = renamed.get(packageName + "." + type.getNameAsString());
            type.findAll(ConstructorDeclaration.class)
                .stream()
                .filter(constructor -> constructor.getParentNode().orElse(null) == type)
                .forEach(constructor -> constructor.setName(name));
            type.setName(name);
        }
    }

    private static void rewriteImport(ImportDeclaration declaration, Map<String, String> renamed,
            Map<String, String> visible) {
        String name = declaration.getNameAsString();
        if (declaration.isAsterisk() && !declaration.isStatic()) {
            boolean projectPackage = renamed.keySet().stream().anyMatch(type -> packageOf(type).equals(name));
            if (projectPackage) {
                renamed.forEach((original, newName) -> {
                    if (packageOf(original).equals(name)) {
                        visible.put(simpleName(original), newName);
                    }
                });
                declaration.remove();
            }
            return;
        }
        for (Map.Entry<String, String> type : renamed.entrySet()) {
            if (name.equals(type.getKey()) && !declaration.isStatic() && !declaration.isAsterisk()) {
                visible.put(simpleName(type.getKey()), type.getValue());
                declaration.remove();
                return;
            }
            if (name.startsWith(type.getKey() + ".") || name.equals(type.getKey())) {
                declaration.setName(PACKAGE + "." + type.getValue() + name.substring(type.getKey().length()));
                return;
            }
        }
    }

    private static String qualified(CompilationUnit unit, TypeDeclaration<?> type) {
        return unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("") + type.getNameAsString();
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

}
