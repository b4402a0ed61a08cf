package dev.ficus.gateway.admin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.reactive.config.BlockingExecutionConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;

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

    /**
     * The admin API's handlers write the routing state and the audit log to disk, so they
     * run on the task executor instead of a Netty event loop, where a write would hold up
     * every proxied request on that loop.
     */
    @Bean
    WebFluxConfigurer adminHandlersOffTheEventLoop(AsyncTaskExecutor applicationTaskExecutor) {
        return new WebFluxConfigurer() {
            @Override
            public void configureBlockingExecution(BlockingExecutionConfigurer configurer) {
                configurer.setExecutor(applicationTaskExecutor)
                    .setControllerMethodPredicate(
                            handler -> RouteAdminController.class.isAssignableFrom(handler.getBeanType()));
            }
        };
    }

    @Bean
    AdminServer adminServer(AdminServerProperties server, AdminProperties admin,
            ObjectProvider<HttpHandler> application, ObjectProvider<ReactorResourceFactory> resources) {
        return new AdminServer(server, application, resources,
                admin.adminTokenFile().toAbsolutePath().resolveSibling(URL_FILE_NAME));
    }

}
