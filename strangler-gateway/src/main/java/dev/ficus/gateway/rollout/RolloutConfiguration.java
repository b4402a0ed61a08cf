package dev.ficus.gateway.rollout;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.shadow.ShadowReports;
import dev.ficus.gateway.traffic.TrafficMetrics;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rollout conductor and the single thread that evaluates running rollouts.
 */
@Configuration(proxyBeanMethods = false)
class RolloutConfiguration {

    @Bean
    RolloutConductor rolloutConductor(RouteTable table, TrafficMetrics traffic, ShadowReports shadow, Clock clock,
            JsonMapper json) {
        return new RolloutConductor(table, traffic, shadow, clock, json);
    }

    @Bean
    SmartLifecycle rolloutClock(RolloutConductor conductor, RolloutProperties properties) {
        return new RolloutClock(conductor, properties.checkEvery().toMillis());
    }

    /** Evaluates rollouts at a fixed delay while the application runs. */
    static final class RolloutClock implements SmartLifecycle {

        private static final Logger logger = LoggerFactory.getLogger(RolloutClock.class);

        private final RolloutConductor conductor;

        private final long periodMillis;

        private ScheduledExecutorService executor;

        RolloutClock(RolloutConductor conductor, long periodMillis) {
            this.conductor = conductor;
            this.periodMillis = periodMillis;
        }

        @Override
        public synchronized void start() {
            conductor.resumeSaved();
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "ficus-rollout");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::evaluate, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }

        private void evaluate() {
            try {
                conductor.evaluate();
            }
            catch (RuntimeException ex) {
                // A failed evaluation must not end the schedule; the next one retries.
                logger.error("Rollout evaluation failed", ex);
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
