package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A JAX-RS {@code Application} subclass and its {@code @ApplicationPath}, the prefix of
 * its resources' paths.
 *
 * @param type fully qualified application class
 * @param path the path it declares
 */
public record ApplicationPath(String type, String path) {

    /**
     * The {@code @ApplicationPath} of JAX-RS application classes among the declarations.
     */
    public static List<ApplicationPath> of(List<TypeDeclaration<?>> types) {
        List<ApplicationPath> result = new ArrayList<>();
        for (TypeDeclaration<?> type : types) {
            AnnotationValues.find(type, "ApplicationPath")
                .flatMap(annotation -> AnnotationValues.values(annotation, "value").stream().findFirst())
                .ifPresent(path -> result
                    .add(new ApplicationPath(type.getFullyQualifiedName().orElse(type.getNameAsString()), path)));
        }
        return result;
    }

    /**
     * A JAX-RS entry point with its application's path in front. With several
     * applications, a resource belongs to the one sharing the longest package prefix with
     * it (ties: the first by name).
     */
    public static EntryPoint under(EntryPoint entryPoint, List<ApplicationPath> applications) {
        if (entryPoint.kind() != EntryPoint.Kind.JAXRS || applications.isEmpty()) {
            return entryPoint;
        }
        ApplicationPath application = applications.stream()
            .sorted(Comparator.comparing(ApplicationPath::type))
            .max(Comparator.comparingInt(app -> commonPackageLength(app.type(), entryPoint.type())))
            .orElseThrow();
        int space = entryPoint.detail().indexOf(' ');
        String detail = entryPoint.detail().substring(0, space + 1)
                + Paths.join(application.path(), entryPoint.detail().substring(space + 1));
        return new EntryPoint(entryPoint.type(), entryPoint.kind(), detail, entryPoint.method());
    }

    private static int commonPackageLength(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        int common = 0;
        while (common < Math.min(a.length, b.length) - 1 && a[common].equals(b[common])) {
            common++;
        }
        return common;
    }
}
