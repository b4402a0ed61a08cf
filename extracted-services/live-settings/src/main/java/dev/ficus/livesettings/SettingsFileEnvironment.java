package dev.ficus.livesettings;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Puts the settings file first in the environment at start, after every
 * {@code EnvironmentPostProcessor} (so after config data) and before logging is set up
 * (so its {@code logging.level.*} apply from the start). A listener rather than an
 * {@code EnvironmentPostProcessor}: Spring Cloud's refresh runs those again on every
 * refresh, and the file must only be taken after it was checked
 * ({@link SettingsRefresher}).
 */
class SettingsFileEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String file = environment.getProperty(SettingsFile.PROPERTY);
        if (file == null || file.isBlank() || environment.getPropertySources().contains(SettingsFile.SOURCE_NAME)) {
            return;
        }
        SettingsFile settings = new SettingsFile(Path.of(file));
        try {
            environment.getPropertySources().addFirst(settings.read());
        }
        catch (SettingsRefusedException refused) {
            throw new IllegalStateException(
                    "Settings file " + settings.path().toAbsolutePath() + " " + refused.getMessage(), refused);
        }
    }

    @Override
    public int getOrder() {
        // after the environment post-processors, before LoggingApplicationListener
        return EnvironmentPostProcessorApplicationListener.DEFAULT_ORDER + 5;
    }

}
