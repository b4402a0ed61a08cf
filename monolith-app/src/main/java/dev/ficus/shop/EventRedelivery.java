package dev.ficus.shop;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the event publications no instance is delivering: those marked failed,
 * and those still incomplete longer than {@code ficus.shop.events.redeliver-after} after
 * their delivery (or last redelivery) began, whose listener failed (its transaction, and
 * with it the failed mark, rolled back) or whose instance crashed. Runs at start and
 * every {@code ficus.shop.events.redeliver-every}.
 * <p>
 * It takes the place of Spring Modulith's republish-on-restart, which resubmits every
 * incomplete publication: with several instances on one database, also those another
 * instance is delivering at that moment, so their listeners would run twice. Instances
 * take turns (a row lock): Spring Modulith claims a publication by marking it resubmitted
 * unless it is so already, which a publication another instance has redelivered and
 * completed since this one read it would pass.
 */
@Component
class EventRedelivery {

    private final IncompleteEventPublications publications;

    private final DataSource dataSource;

    private final Settings settings;

    EventRedelivery(IncompleteEventPublications publications, DataSource dataSource, Settings settings) {
        this.publications = publications;
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${ficus.shop.events.redeliver-every:15s}")
    void redeliver() throws SQLException {
        Instant staleBefore = Instant.now().minus(settings.redeliverAfter());
        // a connection of its own, outside any transaction: each claim commits at once,
        // and the listeners (asynchronous) never wait for this lock
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.executeQuery("SELECT name FROM event_redelivery_lock FOR UPDATE").close();
                publications.resubmitIncompletePublications(publication -> unattended(publication, staleBefore));
            }
            finally {
                lock.rollback();
            }
        }
    }

    /**
     * Whether no instance is delivering the publication: its listener failed, or it has
     * been waiting since before {@code staleBefore}.
     */
    static boolean unattended(EventPublication publication, Instant staleBefore) {
        if (publication.getStatus() == EventPublication.Status.FAILED) {
            return true;
        }
        Instant lastAttempt = Optional.ofNullable(publication.getLastResubmissionDate())
            .orElse(publication.getPublicationDate());
        return lastAttempt.isBefore(staleBefore);
    }

    /**
     * When event publications are delivered again.
     *
     * @param redeliverAfter how long a publication waits for its first delivery (or a
     * redelivery) before another instance takes it over; longer than any listener runs
     * @param redeliverEvery how often the instance looks for publications to deliver
     * again
     */
    @ConfigurationProperties("ficus.shop.events")
    record Settings(@DefaultValue("30s") Duration redeliverAfter, @DefaultValue("15s") Duration redeliverEvery) {

    }

}
