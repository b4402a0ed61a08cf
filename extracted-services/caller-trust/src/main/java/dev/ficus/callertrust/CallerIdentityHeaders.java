package dev.ficus.callertrust;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.client.RestClient;

/**
 * Gives every {@code RestClient.Builder} the application gets from Spring Boot this app's
 * identity ({@code ficus.trust.caller}, {@code ficus.trust.token}) as default headers,
 * whenever one is set. A post-processor of Spring Framework's builder rather than a
 * Spring Boot {@code RestClientCustomizer}, whose package Spring Boot 4 moved: one jar
 * serves a service on Spring Boot 3 or 4. Boot's builder is a prototype, so each one an
 * application takes passes through here.
 */
final class CallerIdentityHeaders implements BeanPostProcessor {

    private final ObjectProvider<CallerTrustProperties> properties;

    CallerIdentityHeaders(ObjectProvider<CallerTrustProperties> properties) {
        this.properties = properties;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RestClient.Builder builder) {
            properties.getObject()
                .identity()
                .ifPresent(identity -> builder.defaultHeader(CallerTrustProperties.CALLER_HEADER, identity.caller())
                    .defaultHeader(CallerTrustProperties.TOKEN_HEADER, identity.token()));
        }
        return bean;
    }

}
