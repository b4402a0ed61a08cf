package dev.ficus.analyzer.extract;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Spring configuration that puts generated HTTP clients in place of in-process beans:
 * in the service always (the module they call is not there), in the monolith only once
 * {@code ficus.extracted.<name>.url} is set, and then ahead of the module's own bean.
 */
final class ClientWiring {

    private ClientWiring() {
    }

    /**
     * What a service calling back into the monolith needs besides the clients: the calls
     * with timeouts, retries and a circuit breaker, the interceptor carrying the user's
     * credentials on, and the configuration making the clients its beans.
     */
    static List<GeneratedFile> serviceSideFiles(String folder, String packageName, List<JavaInterface> clients) {
        return List.of(
                new GeneratedFile(folder + "MonolithCalls.java",
                        HttpAdapters.resilientCalls(packageName, "MonolithCalls", "the monolith")),
                new GeneratedFile(folder + "ForwardedHeaders.java", HttpAdapters.forwardedHeaders(packageName)),
                new GeneratedFile(folder + "MonolithConfiguration.java", serviceSide(packageName, clients)));
    }

    static String serviceSide(String packageName, List<JavaInterface> clients) {
        SortedSet<String> imports = new TreeSet<>(List.of("java.util.List",
                "org.springframework.beans.factory.annotation.Value", "org.springframework.context.annotation.Bean",
                "org.springframework.context.annotation.Configuration"));
        StringBuilder beans = new StringBuilder();
        for (JavaInterface client : clients) {
            imports.add(client.type());
            importFactoryBean(imports, client);
            beans.append(bean(client, "MonolithCalls calls", "calls", false));
        }
        return "package " + packageName + ";\n\n" + HttpAdapters.imports(imports)
                + "/** The monolith's beans this service calls, as HTTP clients of the monolith. */\n"
                + "@Configuration(proxyBeanMethods = false)\nclass MonolithConfiguration {\n\n" + "    @Bean\n"
                + "    MonolithCalls monolithCalls(@Value(\"${ficus.monolith.url}\") String url,\n"
                + "            @Value(\"${ficus.forwarded-headers:Authorization}\") String[] forwardedHeaders,\n"
                + "            @Value(\"${ficus.trust.caller:}\") String caller, @Value(\"${ficus.trust.token:}\") String token) {\n"
                + "        return new MonolithCalls(url, \"monolith\", new ForwardedHeaders(List.of(forwardedHeaders)),\n"
                + "                MonolithCalls.identity(caller, token));\n" + "    }\n" + beans + "\n}\n";
    }

    static String monolithSide(String packageName, ServiceNames names, JavaInterface client, String calls) {
        SortedSet<String> imports = new TreeSet<>(List.of(
                "org.springframework.boot.autoconfigure.condition.ConditionalOnProperty",
                "org.springframework.context.annotation.Bean", "org.springframework.context.annotation.Configuration",
                "org.springframework.context.annotation.Primary", client.type()));
        importFactoryBean(imports, client);
        String property = urlProperty(names);
        return "package " + packageName + ";\n\n" + HttpAdapters.imports(imports) + "/**\n * Copy into the monolith:"
                + " with {@code " + property + "} set, every user of {@link " + client.simpleName()
                + "} calls the extracted " + names.candidate() + " service\n * instead of the module's own bean.\n */\n"
                + "@Configuration(proxyBeanMethods = false)\n@ConditionalOnProperty(\"" + property + "\")\nclass Remote"
                + client.simpleName() + "Configuration {\n" + bean(client, calls + " calls", "calls", true) + "\n}\n";
    }

    /**
     * The monolith's calls into the service, and the configuration that makes them the
     * one bean every client of the candidate shares (one connection pool, one circuit
     * breaker), carrying the monolith's name and token.
     */
    static List<GeneratedFile> monolithCalls(String folder, String packageName, ServiceNames names, String calls) {
        String property = urlProperty(names);
        String bean = Character.toLowerCase(calls.charAt(0)) + calls.substring(1);
        String configuration = "package " + packageName + ";\n\n"
                + HttpAdapters.imports(new TreeSet<>(List.of("org.springframework.beans.factory.annotation.Value",
                        "org.springframework.boot.autoconfigure.condition.ConditionalOnProperty",
                        "org.springframework.context.annotation.Bean",
                        "org.springframework.context.annotation.Configuration")))
                + "/**\n * Copy into the monolith: with {@code " + property + "} set, the calls into the extracted "
                + names.candidate() + " service\n * every client of it shares.\n */\n"
                + "@Configuration(proxyBeanMethods = false)\n@ConditionalOnProperty(\"" + property + "\")\nclass "
                + calls + "Configuration {\n\n    @Bean\n    " + calls + " " + bean + "(@Value(\"${" + property
                + "}\") String url,\n            @Value(\"${ficus.trust.caller:" + CallerAllowList.MONOLITH
                + "}\") String caller, @Value(\"${ficus.trust.token:}\") String token) {\n        return new " + calls
                + "(url, \"" + names.candidate() + "\", " + calls + ".identity(caller, token));\n    }\n\n}\n";
        return List.of(
                new GeneratedFile(folder + calls + ".java",
                        HttpAdapters.resilientCalls(packageName, calls, "the " + names.candidate() + " service")),
                new GeneratedFile(folder + calls + "Configuration.java", configuration));
    }

    private static String urlProperty(ServiceNames names) {
        return "ficus.extracted." + names.candidate() + ".url";
    }

    /**
     * The bean of the client, made with {@code calls} from what {@code parameters}
     * declares.
     */
    private static String bean(JavaInterface client, String parameters, String calls, boolean primary) {
        String simple = client.simpleName();
        String head = "\n    @Bean\n" + (primary ? "    @Primary\n" : "");
        if (client.isClass()) {
            // a factory's object gets neither field injection nor init callbacks, which
            // the class's own would need its dependencies for
            return head + "    FactoryBean<" + simple + "> remote" + simple + "(" + parameters + ") {\n"
                    + "        return new FactoryBean<>() {\n\n" + "            @Override\n" + "            public "
                    + simple + " getObject() {\n" + "                return new Remote" + simple + "(" + calls
                    + ");\n            }\n\n" + "            @Override\n"
                    + "            public Class<?> getObjectType() {\n" + "                return " + simple
                    + ".class;\n            }\n\n        };\n    }\n";
        }
        return head + "    " + simple + " remote" + simple + "(" + parameters + ") {\n        return new Remote"
                + simple + "(" + calls + ");\n    }\n";
    }

    private static void importFactoryBean(SortedSet<String> imports, JavaInterface client) {
        if (client.isClass()) {
            imports.add("org.springframework.beans.factory.FactoryBean");
        }
    }

}
