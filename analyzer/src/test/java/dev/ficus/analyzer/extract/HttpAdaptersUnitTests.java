package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.plan.RemoteOperation;
import dev.ficus.plan.RemoteOperation.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Both ends of a call across the new boundary, generated from the same operations. */
class HttpAdaptersUnitTests {

    private static final RemoteOperation FIND_CUSTOMER = new RemoteOperation("GET", "/internal/customers/find-customer",
            "findCustomer", "dev.ficus.shop.customers.Customers", "findCustomer",
            List.of(new Field("customerId", "long")), "Optional<CustomerDetails>", List.of(), List.of("A.java:1"));

    private static final RemoteOperation SHIP = new RemoteOperation("POST", "/internal/shipping/ship", "ship",
            "dev.ficus.shop.shipping.Shipping", "ship",
            List.of(new Field("orderId", "long"), new Field("customerId", "long")), "void", List.of(), List.of());

    private static final JavaInterface CUSTOMERS = new JavaInterface("dev.ficus.shop.customers.Customers",
            List.of("dev.ficus.shop.customers.*", "java.util.Optional"),
            List.of(new JavaInterface.Method("findCustomer", "Optional<CustomerDetails>",
                    List.of(new JavaInterface.Parameter("customerId", "long")), List.of()),
                    new JavaInterface.Method("register", "long", List.of(new JavaInterface.Parameter("name", "String")),
                            List.of())));

    @Test
    void servesAQueryWithRequestParametersByCallingTheBean() {
        String endpoints = HttpAdapters.endpoints("x.api", "CustomersEndpoints", "Serves.",
                "dev.ficus.shop.customers.Customers", List.of("java.util.Optional"), List.of(FIND_CUSTOMER), List.of());

        assertThat(endpoints).contains("package x.api;")
            .contains("import dev.ficus.shop.customers.Customers;")
            .contains("import java.util.Optional;")
            .contains("@RestController\nclass CustomersEndpoints {")
            .contains("    @GetMapping(\"/internal/customers/find-customer\")\n"
                    + "    Optional<CustomerDetails> findCustomer(@RequestParam(\"customerId\") long customerId) throws Exception {\n"
                    + "        return customers.findCustomer(customerId);\n    }");
    }

    @Test
    void monolithsEndpointsAskTheirPackagesInternalCallersForTheServicesCallingBackBeforeAnyEndpointRuns() {
        String endpoints = HttpAdapters.endpoints("x.internal.remote", "CustomersEndpoints", "Serves.",
                "dev.ficus.shop.customers.Customers", List.of("java.util.Optional"), List.of(FIND_CUSTOMER),
                List.of("notifications-service", "orders-service"));

        assertThat(endpoints).doesNotContain("import org.springframework.web.bind.annotation.ModelAttribute;")
            .contains("    private final Customers customers;\n\n"
                    + "    private final x.internal.remote.InternalCallers ficusInternalCallers;\n\n"
                    + "    CustomersEndpoints(Customers customers, x.internal.remote.InternalCallers ficusInternalCallers) {\n"
                    + "        this.customers = customers;\n        this.ficusInternalCallers = ficusInternalCallers;\n    }\n")
            .contains(
                    "    @org.springframework.web.bind.annotation.ModelAttribute(name = \"x.internal.remote.InternalCallers\")\n"
                            + "    void checkFicusCaller(@org.springframework.web.bind.annotation.RequestHeader(name = \"X-Ficus-Caller\","
                            + " required = false) String caller,\n"
                            + "            @org.springframework.web.bind.annotation.RequestHeader(name = \"X-Ficus-Caller-Token\","
                            + " required = false) String token) {\n"
                            + "        this.ficusInternalCallers.check(caller, token, \"notifications-service\", \"orders-service\");\n"
                            + "    }");
        assertThat(HttpAdapters.endpoints("x.api", "CustomersEndpoints", "Serves.",
                "dev.ficus.shop.customers.Customers", List.of(), List.of(FIND_CUSTOMER), List.of()))
            .as("a service's endpoints, which caller-trust guards")
            .doesNotContain("InternalCallers", "ModelAttribute")
            .contains("    CustomersEndpoints(Customers customers) {\n        this.customers = customers;\n    }\n");
    }

    @Test
    void servesACommandWithARequestBodyRecord() {
        String endpoints = HttpAdapters.endpoints("x.api", "ShippingEndpoints", "Serves.",
                "dev.ficus.shop.shipping.Shipping", List.of(), List.of(SHIP), List.of());

        assertThat(endpoints)
            .contains("    @PostMapping(\"/internal/shipping/ship\")\n"
                    + "    void ship(@RequestBody ShipRequest request) throws Exception {\n"
                    + "        shipping.ship(request.orderId(), request.customerId());\n    }")
            .contains("record ShipRequest(long orderId, long customerId) {");
    }

    @Test
    void clientCallsTheEndpointThroughResilientReadsAndTurnsNoBodyIntoEmpty() {
        String client = HttpAdapters.client("x.remote", "RemoteCustomers", "Calls.", CUSTOMERS, "MonolithCalls",
                List.of(FIND_CUSTOMER));

        assertThat(client).contains("class RemoteCustomers implements Customers {")
            .contains("public Optional<CustomerDetails> findCustomer(long customerId) {")
            .contains("calls.read(() -> calls.rest().get().uri(uri -> uri.path(\"/internal/customers/find-customer\")"
                    + ".queryParam(\"customerId\", customerId).build())")
            .contains("new ParameterizedTypeReference<Optional<CustomerDetails>>()")
            .contains("return answer == null ? Optional.empty() : answer;");
    }

    @Test
    void clientRefusesMethodsNeverCalledAcrossTheBoundary() {
        String client = HttpAdapters.client("x.remote", "RemoteCustomers", "Calls.", CUSTOMERS, "MonolithCalls",
                List.of(FIND_CUSTOMER));

        assertThat(client).contains("public long register(String name) {\n"
                + "        throw new UnsupportedOperationException(\"Customers.register is not called across the boundary,"
                + " so it has no endpoint\");");
    }

    @Test
    void clientImplementsAGenericMethodWithItsTypeParametersAndCastsTheAnswerReadAsItsBounds() {
        JavaInterface orders = new JavaInterface("shop.orders.OrderStore", List.of(),
                List.of(new JavaInterface.Method("saveAll", "List<S>",
                        List.of(new JavaInterface.Parameter("items", "List<S>")), List.of("S extends Order"))));
        RemoteOperation saveAll = new RemoteOperation("POST", "/internal/orders/save-all", "saveAll",
                "shop.orders.OrderStore", "saveAll", List.of(new Field("items", "List<? extends Order>")),
                "List<? extends Order>", List.of(), List.of());

        String client = HttpAdapters.client("x.remote", "RemoteOrderStore", "Calls.", orders, "OrdersCalls",
                List.of(saveAll));

        assertThat(client).contains("    @Override\n    @SuppressWarnings(\"unchecked\")\n"
                + "    public <S extends Order> List<S> saveAll(List<S> items) {\n"
                + "        return (List<S>) calls.write(() -> calls.rest().post().uri(\"/internal/orders/save-all\")"
                + ".body(new SaveAllRequest(items)).retrieve()\n"
                + "            .body(new ParameterizedTypeReference<List<? extends Order>>() {\n")
            .contains("record SaveAllRequest(List<? extends Order> items)");
    }

    @Test
    void clientReadsTheAnswerOfAMethodThatTakesItsClassAsThatClass() {
        JavaInterface orders = new JavaInterface("shop.orders.OrderStore", List.of(), List.of(new JavaInterface.Method(
                "convert", "R",
                List.of(new JavaInterface.Parameter("order", "Order"), new JavaInterface.Parameter("type", "Class<R>")),
                List.of("R"))));
        RemoteOperation convert = new RemoteOperation("POST", "/internal/orders/convert", "convert",
                "shop.orders.OrderStore", "convert",
                List.of(new Field("order", "Order"), new Field("type", "Class<?>")), "Object", List.of(), List.of());

        String client = HttpAdapters.client("x.remote", "RemoteOrderStore", "Calls.", orders, "OrdersCalls",
                List.of(convert));

        assertThat(client)
            .contains("    public <R> R convert(Order order, Class<R> type) {\n"
                    + "        return (R) calls.write(() -> calls.rest().post().uri(\"/internal/orders/convert\")"
                    + ".body(new ConvertRequest(order, type)).retrieve()\n" + "            .body(type));\n")
            .doesNotContain("ParameterizedTypeReference<Object>");
        assertThat(new JavaInterface.Method("first", "R",
                List.of(new JavaInterface.Parameter("kind", "java.lang.Class<? extends R>")),
                List.of("R extends Order"))
            .answerClass()).hasValue("kind");
        assertThat(new JavaInterface.Method("first", "R", List.of(new JavaInterface.Parameter("type", "Class<S>")),
                List.of("R", "S"))
            .answerClass()).as("another variable's class says nothing of the answer").isEmpty();
        assertThat(new JavaInterface.Method("first", "List<R>",
                List.of(new JavaInterface.Parameter("type", "Class<R>")), List.of("R"))
            .answerClass()).as("a list of them is read as the list's bound").isEmpty();
    }

    @Test
    void subclassKeepsTheClassesOwnEqualsHashCodeAndToString() {
        JavaInterface members = new JavaInterface("shop.members.MemberService", List.of(),
                List.of(new JavaInterface.Method("equals", "boolean",
                        List.of(new JavaInterface.Parameter("other", "Object")), List.of()),
                        new JavaInterface.Method("equals", "boolean",
                                List.of(new JavaInterface.Parameter("other", "java.lang.Object")), List.of()),
                        new JavaInterface.Method("equals", "boolean",
                                List.of(new JavaInterface.Parameter("other", "Member")), List.of()),
                        new JavaInterface.Method("hashCode", "int", List.of(), List.of()),
                        new JavaInterface.Method("toString", "String", List.of(), List.of()),
                        new JavaInterface.Method("toString", "String",
                                List.of(new JavaInterface.Parameter("member", "Member")), List.of())),
                Optional.of(List.of()));

        String client = HttpAdapters.client("x.remote", "RemoteMemberService", "Calls.", members, "MembersCalls",
                List.of());

        assertThat(client)
            .doesNotContain("public boolean equals(Object other)", "public boolean equals(java.lang.Object other)",
                    "public int hashCode(", "public String toString() {")
            .contains("public boolean equals(Member other) {")
            .contains("public String toString(Member member) {\n        throw new UnsupportedOperationException(");
    }

    @Test
    void clientCallsAnOverloadOfTheSameArityOnlyWithTheOperationOfItsOwnTypes() {
        JavaInterface members = new JavaInterface("shop.members.Members", List.of(),
                List.of(new JavaInterface.Method("member", "Member",
                        List.of(new JavaInterface.Parameter("email", "String")), List.of()),
                        new JavaInterface.Method("member", "Member", List.of(new JavaInterface.Parameter("id", "Long")),
                                List.of())));
        RemoteOperation byId = new RemoteOperation("GET", "/internal/members/member", "member", "shop.members.Members",
                "member", List.of(new Field("id", "Long")), "Member", List.of(), List.of());

        String client = HttpAdapters.client("x.remote", "RemoteMembers", "Calls.", members, "MembersCalls",
                List.of(byId));

        assertThat(client)
            .contains("    public Member member(String email) {\n        throw new UnsupportedOperationException(")
            .contains("    public Member member(Long id) {\n        return calls.read(");
    }

    @Test
    void namesTheRequestRecordOtherwiseWhenATypeItCarriesHasItsName() {
        RemoteOperation enrol = new RemoteOperation("POST", "/internal/courses/enrol-all", "enrolAll",
                "shop.courses.Courses", "enrolAll", List.of(new Field("rows", "List<EnrolAllRequest>")), "void",
                List.of(), List.of());

        String endpoints = HttpAdapters.endpoints("x.api", "CoursesEndpoints", "Serves.", "shop.courses.Courses",
                List.of(), List.of(enrol), List.of());

        assertThat(endpoints).contains("record EnrolAllArguments(List<EnrolAllRequest> rows)")
            .doesNotContain("record EnrolAllRequest(");
    }

    @Test
    void clientNeverRepeatsAWrite() {
        JavaInterface shipping = new JavaInterface("dev.ficus.shop.shipping.Shipping", List.of(),
                List.of(new JavaInterface.Method("ship", "void", List.of(new JavaInterface.Parameter("orderId", "long"),
                        new JavaInterface.Parameter("customerId", "long")), List.of())));

        String client = HttpAdapters.client("x.remote", "RemoteShipping", "Calls.", shipping, "ShippingServiceCalls",
                List.of(SHIP));

        assertThat(client)
            .contains("calls.write(() -> calls.rest().post().uri(\"/internal/shipping/ship\")"
                    + ".body(new ShipRequest(orderId, customerId)).retrieve().toBodilessEntity());")
            .doesNotContain("calls.read(");
    }

    @Test
    void resilientCallsHaveTimeoutsRetriesForReadsAndACircuitBreaker() {
        String calls = HttpAdapters.resilientCalls("x.remote", "MonolithCalls", "the monolith");

        assertThat(calls).contains("public class MonolithCalls {")
            .contains("requests.setReadTimeout(READ_TIMEOUT);")
            .contains(".maxAttempts(3)")
            .contains("CircuitBreaker.of(name,")
            .contains("return CircuitBreaker.decorateSupplier(this.breaker, call).get();");
    }

    @Test
    void aServiceCarriesTheServedRequestsCredentialsOnToTheMonolithWhileTheRequestIsServed() {
        String forwarded = HttpAdapters.forwardedHeaders("x.remote");

        assertThat(forwarded).contains("class ForwardedHeaders implements ClientHttpRequestInterceptor {")
            .contains("instanceof ServletRequestAttributes served && active(served)")
            .contains("if (value != null && request.getHeaders().getFirst(header) == null) {")
            .contains("served.getAttribute(ForwardedHeaders.class.getName(), RequestAttributes.SCOPE_REQUEST);");
        assertThat(HttpAdapters.resilientCalls("x.remote", "MonolithCalls", "the monolith"))
            .contains(
                    "public MonolithCalls(String baseUrl, String name, ClientHttpRequestInterceptor... interceptors) {")
            .contains(".requestInterceptors(chain -> chain.addAll(List.of(interceptors)))")
            .as("the copy in the monolith may have no servlet API")
            .doesNotContain("Servlet");
        assertThat(ClientWiring.serviceSide("x.remote", List.of())).contains(
                "@Value(\"${ficus.forwarded-headers:Authorization}\") String[] forwardedHeaders,",
                "return new MonolithCalls(url, \"monolith\", new ForwardedHeaders(List.of(forwardedHeaders)),\n"
                        + "                MonolithCalls.identity(caller, token));");
    }

}
