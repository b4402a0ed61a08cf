package dev.ficus.inventoryservice.sync;

import dev.ficus.eventsync.SyncProperties;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the inventory's catalog-events queue, bound to {@code ProductCreated}, with
 * its dead-letter queue.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ficus.sync.mode", havingValue = "rabbit")
class CatalogMessaging {

    @Bean
    Declarables catalogEventQueues(CatalogQueueProperties queue, SyncProperties sync) {
        Queue deadLetters = QueueBuilder.durable(queue.deadLetterName()).build();
        Queue events = QueueBuilder.durable(queue.name())
            .deadLetterExchange("")
            .deadLetterRoutingKey(queue.deadLetterName())
            .build();
        Binding productCreated = BindingBuilder.bind(events)
            .to(new TopicExchange(sync.exchange()))
            .with("ProductCreated");
        return new Declarables(deadLetters, events, productCreated);
    }

}
