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
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;

/**
 * Wires the outbox and inbox always, and the RabbitMQ relay and dead-lettering only in
 * {@code rabbit} mode. Spring Boot 4 and Spring Boot 3 alike (a service runs on the
 * release its monolith's classes were built on): every class named here is in both, and
 * what moved between them is named by its place in each.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration",
        // the same on Spring Boot 3
        "org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration",
        "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.BraveAutoConfiguration" })
@EnableConfigurationProperties(SyncProperties.class)
public class EventSyncAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventSyncAutoConfiguration.class);

    private static final String JACKSON_3 = "tools.jackson.databind.json.JsonMapper";

    private static final String JACKSON_2 = "com.fasterxml.jackson.databind.ObjectMapper";

    @Bean
    Outbox outbox(JdbcClient jdbc, EventJson json, SyncProperties properties, ObjectProvider<TraceParent> traceParent) {
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
     * Events written with Jackson 3, where the application has its mapper (Spring Boot
     * 4): the mapper Boot made, not the classes on the classpath, decides (a Spring Boot
     * 3 service may bring Jackson 3's classes with a library, but no such mapper).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = JACKSON_3)
    @ConditionalOnBean(type = JACKSON_3)
    static class Jackson3Configuration {

        @Bean
        EventJson eventJson(JsonMapper mapper) {
            return new Jackson3EventJson(mapper);
        }

    }

    /** Events written with Jackson 2, where the application has no Jackson 3 mapper. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = JACKSON_2)
    @ConditionalOnBean(type = JACKSON_2)
    @ConditionalOnMissingBean(type = JACKSON_3)
    static class Jackson2Configuration {

        @Bean
        EventJson eventJson(ObjectMapper mapper) {
            return new Jackson2EventJson(mapper);
        }

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
