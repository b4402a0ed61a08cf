package dev.ficus.livesettings;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.context.SmartLifecycle;

/**
 * Checks the settings file every {@code ficus.settings.reload-every} and refreshes when
 * its contents changed. It reads the file through its path rather than waiting for file
 * system events, so a Kubernetes ConfigMap's update (a new folder, then an atomic swap of
 * the {@code ..data} symlink the file's own symlink goes through) is seen like an edit;
 * an unreadable or refused file is reported once, until its contents change again.
 */
class SettingsFileWatcher implements SmartLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(SettingsFileWatcher.class);

    private final SettingsFile file;

    private final Duration every;

    private final ContextRefresher refresher;

    private @Nullable ScheduledExecutorService checks;

    /** The contents last seen, applied or refused; {@code null} when unreadable. */
    private @Nullable String seen;

    SettingsFileWatcher(SettingsFile file, Duration every, ContextRefresher refresher) {
        this.file = file;
        this.every = every;
        this.refresher = refresher;
    }

    /** Refreshes if the file's contents changed since last seen. */
    synchronized void refreshIfChanged() {
        String now = file.fingerprint();
        if (Objects.equals(now, seen)) {
            return;
        }
        seen = now;
        try {
            refresher.refresh();
        }
        catch (RuntimeException failed) {
            logger.warn("Settings file {} could not be applied: {}", file.path(),
                    SettingsRefusedException.rootMessage(failed));
        }
    }

    @Override
    public synchronized void start() {
        seen = file.fingerprint();
        if (every.isNegative() || every.isZero()) {
            return;
        }
        checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ficus-settings-file");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::refreshIfChanged, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }

}
