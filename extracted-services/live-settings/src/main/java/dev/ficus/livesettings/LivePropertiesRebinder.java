package dev.ficus.livesettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Binds every {@link LiveProperties} bean again once Spring Cloud announces a changed
 * environment, as its {@code ConfigurationPropertiesRebinder} does for mutable
 * {@code @ConfigurationProperties} beans. What cannot be bound (only possible where the
 * environment changed without the check of {@link SettingsRefresher}) keeps its last good
 * value.
 */
class LivePropertiesRebinder implements ApplicationListener<EnvironmentChangeEvent> {

    private static final Logger logger = LoggerFactory.getLogger(LivePropertiesRebinder.class);

    private final ListableBeanFactory beans;

    private final ConfigurableEnvironment environment;

    LivePropertiesRebinder(ListableBeanFactory beans, ConfigurableEnvironment environment) {
        this.beans = beans;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(EnvironmentChangeEvent event) {
        Binder binder = Binder.get(environment);
        for (LiveProperties<?> live : beans.getBeansOfType(LiveProperties.class).values()) {
            try {
                live.update(binder);
            }
            catch (RuntimeException invalid) {
                logger.warn("Settings {} refused, the last good configuration stays: {}", live.prefix(),
                        SettingsRefusedException.rootMessage(invalid));
            }
        }
    }

}
