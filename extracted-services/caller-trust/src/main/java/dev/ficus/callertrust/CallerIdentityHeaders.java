package dev.ficus.callertrust;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.client.RestClient;

/**
 * On Spring Boot 3: gives every {@code RestClient.Builder} bean (Boot's, and any the
 * application defines itself) this app's identity ({@code ficus.trust.caller},
 * {@code ficus.trust.token}) as default headers, whenever one is set. A post-processor of
 * Spring Framework's builder, as Spring Boot 3's {@code RestClientCustomizer} is not the
 * type Spring Boot 4 has (which gets a customizer). Boot's builder is a prototype, so
 * each one an application takes passes through here.
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
