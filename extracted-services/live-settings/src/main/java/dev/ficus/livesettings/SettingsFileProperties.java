package dev.ficus.livesettings;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ficus.settings.*}: the settings file that is followed without a restart.
 *
 * @param file a {@code .properties}, {@code .yaml} or {@code .yml} file whose settings
 * win over every other source; none (the default): nothing is followed
 * @param reloadEvery how often the file is checked for changes; {@code 0s}: read at start
 * and on {@code POST /actuator/refresh} only
 */
@ConfigurationProperties("ficus.settings")
public record SettingsFileProperties(@Nullable Path file, @DefaultValue("2s") Duration reloadEvery) {

}
