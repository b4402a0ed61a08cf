package dev.ficus.plan;

import java.util.List;

/**
 * A method of the candidate called from the rest of the monolith, proposed as an HTTP
 * endpoint of the service (or, when no caller uses its result, as an event the caller
 * publishes instead).
 *
 * @param httpMethod {@code GET} for queries, {@code POST} otherwise
 * @param path proposed endpoint path
 * @param operation camel-case operation name, unique within the candidate
 * @param callee fully qualified type declaring the method
 * @param method the method's name
 * @param parameters the method's parameters as declared (Java type names as written)
 * @param returnType the declared return type as written, {@code void} for none
 * @param responseFields components of the return type when it is a record of the analysed
 * code, else empty
 * @param callSites {@code file:line} of every call from the rest, sorted
 */
public record RemoteOperation(String httpMethod, String path, String operation, String callee, String method,
        List<Field> parameters, String returnType, List<Field> responseFields, List<String> callSites) {

    public RemoteOperation {
        parameters = List.copyOf(parameters);
        responseFields = List.copyOf(responseFields);
        callSites = List.copyOf(callSites);
    }

    /**
     * A named, typed value: a parameter or a record component.
     *
     * @param name Java name
     * @param type Java type as written in the source
     */
    public record Field(String name, String type) {
    }
}
