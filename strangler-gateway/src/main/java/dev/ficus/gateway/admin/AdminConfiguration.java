package dev.ficus.gateway.admin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.server.reactive.HttpHandler;

/**
 * The admin token and the admin port's server.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    /**
     * Written next to the admin token file: the admin API's base URL, read by
     * {@code ficus route}.
     */
    static final String URL_FILE_NAME = "admin-url";

    @Bean
    AdminToken adminToken(AdminProperties properties) {
        return AdminToken.of(properties);
    }

    @Bean
    AdminServer adminServer(AdminServerProperties server, AdminProperties admin,
            ObjectProvider<HttpHandler> application, ObjectProvider<ReactorResourceFactory> resources) {
        return new AdminServer(server, application, resources,
                admin.adminTokenFile().toAbsolutePath().resolveSibling(URL_FILE_NAME));
    }

}
