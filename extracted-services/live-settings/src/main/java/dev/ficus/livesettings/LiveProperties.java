package dev.ficus.livesettings;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * The current value of a {@code @ConfigurationProperties} record that follows the
 * settings file. A record is bound once, through its constructor, so Spring Cloud's
 * {@code ConfigurationPropertiesRebinder} cannot change it and a scoped proxy cannot wrap
 * it: declared as a bean, this binds it again after each applied change
 * ({@code EnvironmentChangeEvent}) and tells its listeners. Before a change is applied,
 * the new value is bound from the candidate settings and checked by the
 * {@code liveChange} rule, which refuses (with an {@link IllegalArgumentException}) what
 * cannot change in a running process.
 *
 * @param <T> the record
 */
public final class LiveProperties<T> {

    private static final Logger logger = LoggerFactory.getLogger(LiveProperties.class);

    private final Class<T> type;

    private final String prefix;

    private final BiConsumer<T, T> liveChange;

    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    private volatile T current;

    private LiveProperties(Class<T> type, T atStart, BiConsumer<T, T> liveChange) {
        this.type = type;
        this.prefix = MergedAnnotations.from(type).get(ConfigurationProperties.class).getString("prefix");
        this.current = atStart;
        this.liveChange = liveChange;
    }

    /** {@code type}'s settings, {@code atStart} until they change. */
    public static <T> LiveProperties<T> of(Class<T> type, T atStart) {
        return of(type, atStart, (before, after) -> {
        });
    }

    /**
     * {@code type}'s settings, {@code atStart} until they change, changing only where
     * {@code liveChange} accepts {@code (current, next)} without an
     * {@link IllegalArgumentException}.
     */
    public static <T> LiveProperties<T> of(Class<T> type, T atStart, BiConsumer<T, T> liveChange) {
        return new LiveProperties<>(type, atStart, liveChange);
    }

    /** The settings now. */
    public T current() {
        return current;
    }

    /** Calls {@code listener} with the new settings after each change. */
    public void onChange(Consumer<? super T> listener) {
        listeners.add(listener);
    }

    String prefix() {
        return prefix;
    }

    /** Whether a setting named {@code key} belongs to these settings. */
    boolean covers(String key) {
        return uniform(key).startsWith(uniform(prefix) + ".");
    }

    /**
     * The settings {@code binder} holds.
     * @throws RuntimeException when they cannot be bound or cannot change live
     */
    T candidate(Binder binder) {
        T next = binder.bindOrCreate(prefix, Bindable.of(type));
        liveChange.accept(current, next);
        return next;
    }

    /**
     * Takes the settings {@code binder} holds, if they changed, and tells the listeners.
     */
    void update(Binder binder) {
        T next = candidate(binder);
        if (next.equals(current)) {
            return;
        }
        current = next;
        for (Consumer<? super T> listener : listeners) {
            try {
                listener.accept(next);
            }
            catch (RuntimeException ex) {
                logger.warn("A listener of the {} settings failed: {}", prefix,
                        SettingsRefusedException.rootMessage(ex));
            }
        }
    }

    private static String uniform(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }

}
