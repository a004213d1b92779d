package se.klossnet.exchange.hr;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers queued HR notices. Each run claims the due notices with a lease ({@code FOR UPDATE SKIP LOCKED}, so
 * several instances never send the same notice at once), posts each outside any transaction, and records the
 * outcome: DELIVERED on a 2xx, otherwise the next attempt after an exponential backoff, DEAD after the last one.
 * A worker that dies mid-delivery leaves the lease to expire and the notice is tried again; the idempotency key
 * (the notice id) lets the receiver apply it once.
 */
@ApplicationScoped
public class HrDelivery {

    private static final Logger LOG = Logger.getLogger(HrDelivery.class);

    private static final String CLAIM = """
            UPDATE hr_notice SET next_attempt_at = ?
            WHERE id IN (SELECT id FROM hr_notice WHERE status = 'PENDING' AND next_attempt_at <= ?
                         ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id
            """;

    private final HrConfig config;
    private final HrNoticeRepository notices;
    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Backoff backoff;
    private final HttpClient http;

    public HrDelivery(HrConfig config, HrNoticeRepository notices, AgroalDataSource dataSource, Clock clock) {
        this.config = config;
        this.notices = notices;
        this.dataSource = dataSource;
        this.clock = clock;
        this.backoff = Backoff.of(config);
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(identity = "hr-delivery", every = "${kloss.hr.delivery-interval:10s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        deliverDue();
    }

    /** Delivers what is due now; returns how many notices were delivered. */
    public int deliverDue() {
        Instant now = clock.instant();
        List<UUID> claimed = QuarkusTransaction.requiringNew().call(() -> claim(now));
        int delivered = 0;
        for (UUID id : claimed) {
            try {
                if (deliver(id)) {
                    delivered++;
                }
            } catch (RuntimeException e) {
                // e.g. HR confirmed the notice meanwhile (a stale version): the lease lapses, nothing is lost.
                LOG.warnf("HR notice %s: could not record the delivery outcome: %s", id, e.getMessage());
            }
        }
        return delivered;
    }

    private List<UUID> claim(Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement claim = c.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(now.plus(config.lease())));
            claim.setTimestamp(2, Timestamp.from(now));
            claim.setInt(3, config.batchSize());
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim HR notices", e);
        }
    }

    private boolean deliver(UUID id) {
        HrNotice notice = QuarkusTransaction.requiringNew().call(() -> notices.findById(id));
        if (notice == null || notice.status() != HrNotice.Status.PENDING) {
            return false;
        }
        HrConfig.Webhook webhook = config.webhooks().get(notice.institution());
        if (webhook == null || webhook.url().isBlank() || webhook.secret().isBlank()) {
            QuarkusTransaction.requiringNew().run(() -> notices.findById(id).postpone(
                    "no HR webhook configured for " + notice.institution(), clock.instant().plus(config.maxBackoff())));
            return false;
        }
        String outcome = post(webhook, notice);
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            HrNotice current = notices.findById(id);
            if (outcome == null) {
                current.delivered(now);
            } else {
                current.failed(outcome, now, backoff);
            }
        });
        if (outcome != null) {
            LOG.warnf("HR notice %s (%s, attempt %d) failed: %s", id, notice.kind(), notice.attempts() + 1, outcome);
        }
        return outcome == null;
    }

    /** Posts the notice; null on success, otherwise what went wrong. */
    private String post(HrConfig.Webhook webhook, HrNotice notice) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER,
                            WebhookSignature.sign(webhook.secret(), timestamp, notice.payload()))
                    .header(WebhookSignature.IDEMPOTENCY_HEADER, notice.id().toString())
                    .header(WebhookSignature.KIND_HEADER, notice.kind())
                    .POST(HttpRequest.BodyPublishers.ofString(notice.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        http.close();
    }
}
