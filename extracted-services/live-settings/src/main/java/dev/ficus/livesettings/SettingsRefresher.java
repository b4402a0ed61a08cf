package dev.ficus.livesettings;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindMethod;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration.RefreshProperties;
import org.springframework.cloud.context.refresh.ConfigDataContextRefresher;
import org.springframework.cloud.context.scope.refresh.RefreshScope;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Spring Cloud's refresh (the one {@code /actuator/refresh} and the
 * {@link SettingsFileWatcher} call) with the settings file in it: the file is read and
 * checked first, against a copy of the environment in which it replaced the last good
 * one: every {@code @ConfigurationProperties} record whose settings it touches and every
 * {@link LiveProperties} must bind from it. Only then does the refresh run (config data
 * again, the file swapped in, {@code EnvironmentChangeEvent}, refresh scope), followed by
 * one audit line naming each changed setting, old and new value, and the file. A file
 * that fails is refused with one warning, and nothing changes.
 */
class SettingsRefresher extends ConfigDataContextRefresher {

    private static final Logger logger = LoggerFactory.getLogger(SettingsRefresher.class);

    private static final String MASK = "******";

    private static final String UNSET = "(unset)";

    private final SettingsFile file;

    /** The checked file while a refresh applies it. */
    private @Nullable PropertySource<?> checked;

    SettingsRefresher(ConfigurableApplicationContext context, RefreshScope scope, RefreshProperties properties,
            SettingsFile file) {
        super(context, scope, properties);
        this.file = file;
    }

    @Override
    public synchronized Set<String> refreshEnvironment() {
        ConfigurableEnvironment environment = getContext().getEnvironment();
        try {
            MapPropertySource next = file.read();
            Set<String> touched = touched(environment.getPropertySources().get(SettingsFile.SOURCE_NAME), next);
            check(environment, next, touched);
            Map<String, String> before = values(environment, touched);
            checked = next;
            Set<String> keys = super.refreshEnvironment();
            audit(before, values(environment, touched));
            return keys;
        }
        catch (SettingsRefusedException refused) {
            logger.warn("Settings file {} refused, the last good configuration stays: {}", file.path(),
                    refused.getMessage());
            return Set.of();
        }
        finally {
            checked = null;
        }
    }

    @Override
    protected void updateEnvironment() {
        super.updateEnvironment();
        PropertySource<?> next = checked;
        MutablePropertySources sources = getContext().getEnvironment().getPropertySources();
        if (next != null) {
            if (sources.contains(SettingsFile.SOURCE_NAME)) {
                sources.replace(SettingsFile.SOURCE_NAME, next);
            }
            else {
                sources.addFirst(next);
            }
        }
    }

    /**
     * Binds every record the file touches and every {@link LiveProperties} from the
     * environment as it would be with {@code next}.
     */
    private void check(ConfigurableEnvironment environment, PropertySource<?> next, Set<String> touched) {
        MutablePropertySources candidate = new MutablePropertySources(environment.getPropertySources());
        if (candidate.contains(SettingsFile.SOURCE_NAME)) {
            candidate.replace(SettingsFile.SOURCE_NAME, next);
        }
        else {
            candidate.addFirst(next);
        }
        Binder binder = new Binder(ConfigurationPropertySources.from(candidate),
                new PropertySourcesPlaceholdersResolver(candidate));
        try {
            for (ConfigurationPropertiesBean bean : ConfigurationPropertiesBean.getAll(getContext()).values()) {
                Bindable<?> target = bean.asBindTarget();
                String prefix = bean.getAnnotation().prefix();
                if (target.getBindMethod() == BindMethod.VALUE_OBJECT && touches(touched, prefix)) {
                    binder.bindOrCreate(prefix, Bindable.of(target.getType()));
                }
            }
            for (LiveProperties<?> live : getContext().getBeansOfType(LiveProperties.class).values()) {
                live.candidate(binder);
            }
        }
        catch (RuntimeException invalid) {
            throw new SettingsRefusedException(describe(invalid), invalid);
        }
    }

    private static boolean touches(Set<String> keys, String prefix) {
        String uniformPrefix = prefix.replace("-", "").toLowerCase(Locale.ROOT) + ".";
        return keys.stream().anyMatch(key -> key.replace("-", "").toLowerCase(Locale.ROOT).startsWith(uniformPrefix));
    }

    private static String describe(RuntimeException invalid) {
        String why = SettingsRefusedException.rootMessage(invalid);
        if (invalid instanceof BindException bind && !why.contains(bind.getName().toString())) {
            return bind.getName() + ": " + why;
        }
        return why;
    }

    /** The keys of the last good file and the new one. */
    private static Set<String> touched(@Nullable PropertySource<?> current, MapPropertySource next) {
        Set<String> keys = new TreeSet<>(next.getSource().keySet());
        if (current instanceof EnumerablePropertySource<?> enumerable) {
            keys.addAll(Set.of(enumerable.getPropertyNames()));
        }
        return keys;
    }

    private static Map<String, String> values(ConfigurableEnvironment environment, Set<String> keys) {
        Map<String, String> values = new TreeMap<>();
        for (String key : keys) {
            String value;
            try {
                value = environment.getProperty(key);
            }
            catch (RuntimeException unresolvable) {
                value = "(" + SettingsRefusedException.rootMessage(unresolvable) + ")";
            }
            values.put(key, (value != null) ? value : UNSET);
        }
        return values;
    }

    private void audit(Map<String, String> before, Map<String, String> after) {
        String changes = before.keySet()
            .stream()
            .filter(key -> !Objects.equals(before.get(key), after.get(key)))
            .map(key -> key + " " + shown(key, before.get(key)) + " -> " + shown(key, after.get(key)))
            .collect(Collectors.joining("; "));
        if (!changes.isEmpty()) {
            logger.info("Settings file {} applied: {}", file.path(), changes);
        }
    }

    private static String shown(String key, @Nullable String value) {
        return (value == null || UNSET.equals(value) || !sensitive(key)) ? String.valueOf(value) : MASK;
    }

    /** As Spring Boot's sanitizer judges keys: a secret's value never goes to the log. */
    private static boolean sensitive(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return last.contains("password") || last.contains("secret") || last.contains("token")
                || last.contains("credentials") || last.endsWith("key");
    }

}
