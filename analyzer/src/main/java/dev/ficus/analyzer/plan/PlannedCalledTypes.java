package dev.ficus.analyzer.plan;

import dev.ficus.plan.CalledType;
import dev.ficus.plan.RemoteOperation;

/** A type called across a boundary, as the plan carries it on from the analysis. */
final class PlannedCalledTypes {

    private PlannedCalledTypes() {
    }

    static CalledType of(dev.ficus.analyzer.document.CalledType type) {
        return new CalledType(type.type(), type.kind(), type.imports(),
                type.methods()
                    .stream()
                    .map(method -> new CalledType.Method(method.name(), method.returnType(),
                            method.parameters()
                                .stream()
                                .map(parameter -> new RemoteOperation.Field(parameter.name(), parameter.type()))
                                .toList(),
                            method.typeParameters()))
                    .toList(),
                type.undeclaredSupertypes(), type.subclassable(), type.constructorParameters());
    }

}
