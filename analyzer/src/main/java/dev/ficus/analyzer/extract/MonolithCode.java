package dev.ficus.analyzer.extract;

import dev.ficus.plan.CalledType;
import dev.ficus.plan.EventType;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.Names;
import java.util.List;
import java.util.Optional;

/**
 * The monolith's code as far as the generated code needs it, all read from the plan
 * (which has it from the analysis): which type an event name stands for, whether an event
 * carries its id, and the imports and methods of the types adapters call or implement.
 * Extract never parses the monolith's sources.
 */
final class MonolithCode {

    private final MigrationPlan plan;

    MonolithCode(MigrationPlan plan) {
        this.plan = plan;
    }

    /** The event type a simple name stands for, when exactly one type has it. */
    Optional<String> qualifiedEvent(String simpleName) {
        List<String> types = plan.events()
            .stream()
            .map(EventType::type)
            .filter(type -> Names.simpleName(type).equals(simpleName))
            .toList();
        return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    /** Whether the event declares an {@code eventId} (a UUID the outbox keys on). */
    boolean hasEventId(String type) {
        return plan.events().stream().anyMatch(event -> event.type().equals(type) && event.eventId());
    }

    /**
     * What a client standing in for the type implements, with what its file must import:
     * an interface's abstract methods, or a class's overridable ones and the constructor
     * a subclass calls; empty when the type is neither such an interface of the analysed
     * sources nor such a class ({@link #whyNoClient}).
     */
    Optional<JavaInterface> javaInterface(String type) {
        return plan.calledType(type)
            .filter(called -> called.kind().equals("interface") && called.undeclaredSupertypes().isEmpty()
                    || called.kind().equals("class") && called.subclassable())
            .map(called -> new JavaInterface(type, called.imports(),
                    called.methods()
                        .stream()
                        .map(method -> new JavaInterface.Method(method.name(), method.returnType(),
                                method.parameters()
                                    .stream()
                                    .map(parameter -> new JavaInterface.Parameter(parameter.name(), parameter.type()))
                                    .toList(),
                                method.typeParameters()))
                        .toList(),
                    called.subclassable() ? Optional.of(called.constructorParameters()) : Optional.empty()));
    }

    /**
     * Why no client can stand in for the type, completing "`Type` ...": a class no
     * subclass can stand in for, or an interface extending one whose methods the analysis
     * could not list.
     */
    String whyNoClient(String type) {
        return plan.calledType(type).map(called -> {
            List<String> undeclared = called.undeclaredSupertypes();
            if (called.kind().equals("class")) {
                return "is a class no generated subclass can stand in for (see docs/ficus-extract.md)";
            }
            if (undeclared.isEmpty()) {
                return "is " + ("aeiou".indexOf(called.kind().charAt(0)) >= 0 ? "an " : "a ") + called.kind()
                        + ", not an interface";
            }
            return "extends " + String.join(" and ", undeclared.stream().map(name -> "`" + name + "`").toList())
                    + " (not declared in the analysed sources), so a client cannot implement "
                    + (undeclared.size() == 1 ? "its" : "their") + " methods";
        }).orElse("is no interface of the analysed sources");
    }

    /**
     * What a file using the type's signatures must import: the type's own imports and
     * package.
     */
    List<String> importsFor(String type) {
        return plan.calledType(type).map(CalledType::imports).orElse(List.of(packageOf(type) + ".*"));
    }

    static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

    static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

}
