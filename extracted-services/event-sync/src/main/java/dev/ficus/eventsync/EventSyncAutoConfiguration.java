package dev.ficus.eventsync;

import java.time.Clock;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the outbox and inbox always, and the RabbitMQ relay and dead-lettering only in
 * {@code rabbit} mode.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration" })
@EnableConfigurationProperties(SyncProperties.class)
public class EventSyncAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventSyncAutoConfiguration.class);

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, SyncProperties properties,
            ObjectProvider<TraceParent> traceParent) {
        return new Outbox(jdbc, json, properties.outboxTable(), Clock.systemUTC(),
                traceParent.getIfAvailable(() -> TraceParent.NONE));
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, SyncProperties properties) {
        return new Inbox(jdbc, properties.inboxTable(), Clock.systemUTC());
    }

    @Bean
    ApplicationRunner syncModeAnnouncer(SyncProperties properties, Environment env) {
        return args -> {
            if (properties.rabbit()) {
                log.info("Event sync mode: rabbit - outbox relayed to exchange '{}' on {}:{}", properties.exchange(),
                        env.getProperty("spring.rabbitmq.host", "localhost"),
                        env.getProperty("spring.rabbitmq.port", "5672"));
            }
            else {
                log.info("Event sync mode: local - no RabbitMQ configured, events stay in table '{}' "
                        + "(activate profile 'rabbit' to relay them)", properties.outboxTable());
            }
        };
    }

    /**
     * Events carry the trace of the request that wrote them, where the application
     * traces.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TracingConfiguration {

        @Bean
        @ConditionalOnBean({ Tracer.class, Propagator.class })
        TraceParent traceParent(Tracer tracer, Propagator propagator) {
            return new MicrometerTraceParent(tracer, propagator);
        }

    }

    /** The RabbitMQ side, active with {@code ficus.sync.mode=rabbit}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "ficus.sync.mode", havingValue = "rabbit")
    @EnableScheduling
    static class RabbitSyncConfiguration {

        @Bean
        TopicExchange eventsExchange(SyncProperties properties) {
            return new TopicExchange(properties.exchange(), true, false);
        }

        @Bean
        OutboxRelay outboxRelay(JdbcClient jdbc, RabbitTemplate rabbit, SyncProperties properties) {
            return new OutboxRelay(jdbc, rabbit, properties, Clock.systemUTC());
        }

        @Bean
        MessageRecoverer deadLetteringRecoverer() {
            return new DeadLetteringRecoverer();
        }

    }

}
