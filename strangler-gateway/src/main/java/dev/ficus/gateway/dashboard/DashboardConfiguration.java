package dev.ficus.gateway.dashboard;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.traffic.TrafficMetrics;

/**
 * The dashboard's traffic history and service health, and the single thread that samples
 * the one and polls the other.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    TrafficHistory trafficHistory() {
        return new TrafficHistory();
    }

    @Bean
    ServiceHealth serviceHealth(RouteTable table, JsonMapper json, DashboardProperties properties, Clock clock) {
        return new ServiceHealth(table.capabilities(), json, properties, clock);
    }

    @Bean
    SmartLifecycle dashboardSampler(RouteTable table, TrafficMetrics traffic, TrafficHistory history,
            ServiceHealth health, DashboardProperties properties, Clock clock) {
        return new Sampler(
                () -> table.capabilities()
                    .forEach(capability -> history.sample(capability.name(), clock.instant(),
                            traffic.snapshot(capability.name()), table.setting(capability.name()))),
                health::poll, properties);
    }

    /** Samples traffic and polls health at fixed rates while the application runs. */
    static final class Sampler implements SmartLifecycle {

        private static final Logger logger = LoggerFactory.getLogger(Sampler.class);

        private final Runnable sample;

        private final Runnable poll;

        private final DashboardProperties properties;

        private ScheduledExecutorService executor;

        Sampler(Runnable sample, Runnable poll, DashboardProperties properties) {
            this.sample = sample;
            this.poll = poll;
            this.properties = properties;
        }

        @Override
        public synchronized void start() {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "ficus-dashboard");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleAtFixedRate(() -> guarded(sample), 0, properties.sampleEvery().toMillis(),
                    TimeUnit.MILLISECONDS);
            if (!properties.healthEvery().isZero()) {
                executor.scheduleWithFixedDelay(() -> guarded(poll), 0, properties.healthEvery().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }

        private static void guarded(Runnable task) {
            try {
                task.run();
            }
            catch (RuntimeException ex) {
                // a failed round must not end the schedule; the next one retries
                logger.warn("Dashboard sampling failed", ex);
            }
        }

        @Override
        public synchronized void stop() {
            executor.shutdownNow();
            executor = null;
        }

        @Override
        public synchronized boolean isRunning() {
            return executor != null;
        }

    }

}
