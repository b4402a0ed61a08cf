package dev.ficus.livesettings;

import java.nio.file.Path;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration.RefreshProperties;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@link LiveProperties} follow every refresh; with {@code ficus.settings.file}, the
 * refresh ({@code /actuator/refresh} too) checks and applies that file
 * ({@link SettingsRefresher}, in place of Spring Cloud's own), and a watcher refreshes
 * whenever it changes. Without it, nothing is read or watched.
 */
@AutoConfiguration(before = RefreshAutoConfiguration.class)
@ConditionalOnClass(ContextRefresher.class)
@ConditionalOnProperty(name = RefreshAutoConfiguration.REFRESH_SCOPE_ENABLED, matchIfMissing = true)
@EnableConfigurationProperties(SettingsFileProperties.class)
public class LiveSettingsAutoConfiguration {

    @Bean
    LivePropertiesRebinder livePropertiesRebinder(ListableBeanFactory beans, ConfigurableEnvironment environment) {
        return new LivePropertiesRebinder(beans, environment);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(SettingsFile.PROPERTY)
    static class FromFile {

        @Bean
        SettingsRefresher settingsRefresher(ConfigurableApplicationContext context, RefreshScope scope,
                RefreshProperties refresh, SettingsFileProperties settings) {
            return new SettingsRefresher(context, scope, refresh, settingsFile(settings));
        }

        @Bean
        SettingsFileWatcher settingsFileWatcher(SettingsRefresher refresher, SettingsFileProperties settings) {
            return new SettingsFileWatcher(settingsFile(settings), settings.reloadEvery(), refresher);
        }

        private static SettingsFile settingsFile(SettingsFileProperties settings) {
            Path file = settings.file();
            if (file == null) {
                throw new IllegalStateException(SettingsFile.PROPERTY + " is empty");
            }
            return new SettingsFile(file);
        }

    }

}
