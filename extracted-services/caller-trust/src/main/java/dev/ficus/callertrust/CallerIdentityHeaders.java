package dev.ficus.callertrust;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.type.MethodMetadata;
import org.springframework.web.client.RestClient;

/**
 * On Spring Boot 3: gives the {@code RestClient.Builder} Spring Boot defines this app's
 * identity ({@code ficus.trust.caller}, {@code ficus.trust.token}) as default headers,
 * whenever one is set. A post-processor of Spring Framework's builder, as Spring Boot 3's
 * {@code RestClientCustomizer} is not the type Spring Boot 4 has (which gets a
 * customizer). Boot's builder is a prototype, so each one an application takes passes
 * through here. A builder the application defines itself is left alone, as Boot 4's
 * customizers leave it: it may call a third party, which must never see the token.
 */
final class CallerIdentityHeaders implements BeanPostProcessor, BeanFactoryAware {

    static final String BOOT_THREE_AUTO_CONFIGURATION = "org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration";

    private final ObjectProvider<CallerTrustProperties> properties;

    private @Nullable ConfigurableListableBeanFactory beans;

    CallerIdentityHeaders(ObjectProvider<CallerTrustProperties> properties) {
        this.properties = properties;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beans = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RestClient.Builder builder && definedBySpringBoot(beanName)) {
            properties.getObject()
                .identity()
                .ifPresent(identity -> builder.defaultHeader(CallerTrustProperties.CALLER_HEADER, identity.caller())
                    .defaultHeader(CallerTrustProperties.TOKEN_HEADER, identity.token()));
        }
        return bean;
    }

    private boolean definedBySpringBoot(String beanName) {
        if (beans == null || !beans.containsBeanDefinition(beanName)) {
            return false;
        }
        if (beans.getBeanDefinition(beanName) instanceof AnnotatedBeanDefinition annotated) {
            MethodMetadata factory = annotated.getFactoryMethodMetadata();
            return factory != null && BOOT_THREE_AUTO_CONFIGURATION.equals(factory.getDeclaringClassName());
        }
        return false;
    }

}
