package dev.ficus.problemdetails;

import dev.ficus.livesettings.LiveProperties;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop's HTTP edge for the monolith and every extracted service, registered ahead of
 * Boot's own handlers (which then back off): {@link ShopProblemDetailsHandler}, the
 * problem-detail error page and Tomcat error report, the request body limit and strict,
 * bounded JSON ({@code ficus.http.*}).
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HttpLimitsProperties.class)
@Import(StrictJsonConfiguration.class)
public class ProblemDetailsAutoConfiguration {

    @Bean
    ShopProblemDetailsHandler shopProblemDetailsHandler() {
        return new ShopProblemDetailsHandler();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /**
     * {@code ficus.http.*} as the settings file has them: the body limit changes in a
     * running process, down to any size and up to the one at start (JSON bodies stay
     * bounded by that, {@link StrictJsonConfiguration}); the JSON depth only with a
     * restart.
     */
    @Bean
    LiveProperties<HttpLimitsProperties> httpLimitsSettings(HttpLimitsProperties atStart) {
        return LiveProperties.of(HttpLimitsProperties.class, atStart, (current, next) -> {
            if (next.maxBodySize().toBytes() > atStart.maxBodySize().toBytes()) {
                throw new IllegalArgumentException("ficus.http.max-body-size above its value at start ("
                        + atStart.maxBodySize().toBytes() + " bytes, which bounds JSON bodies) needs a restart");
            }
            if (next.maxJsonDepth() != current.maxJsonDepth()) {
                throw new IllegalArgumentException("ficus.http.max-json-depth changes only with a restart");
            }
        });
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(LiveProperties<HttpLimitsProperties> limits,
            JsonMapper json) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(() -> limits.current().maxBodySize().toBytes(), new ProblemWriter(json)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Replaces Tomcat's HTML error report with {@link ProblemErrorReportValve}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReport {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport() {
            return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(ProblemErrorReportValve.class.getName()));
        }

    }

}
