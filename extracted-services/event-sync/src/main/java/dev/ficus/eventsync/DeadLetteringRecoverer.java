package dev.ficus.eventsync;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;

/**
 * Sends a message that failed every attempt to the queue's dead-letter queue and logs
 * why.
 */
class DeadLetteringRecoverer extends RejectAndDontRequeueRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteringRecoverer.class);

    @Override
    public void recover(Message message, @Nullable Throwable cause) {
        log.error("Dead-lettering message id={} type={} from queue {}: {}",
                message.getMessageProperties().getMessageId(), message.getMessageProperties().getType(),
                message.getMessageProperties().getConsumerQueue(), rootMessage(cause));
        super.recover(message, cause);
    }

    private static String rootMessage(@Nullable Throwable cause) {
        if (cause == null) {
            return "no cause given";
        }
        Throwable root = cause;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

}
