package se.klossnet.followup.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.klossnet.events.followup.OutcomeSide;
import se.klossnet.events.followup.OutcomeType;

public record OutcomeView(UUID id, String exchangeId, OutcomeType type, OutcomeSide side, LocalDate occurredOn,
                          String description, String evidenceUrl, ReporterRole reportedAs, Instant reportedAt,
                          long version) {

    static OutcomeView of(Outcome o) {
        return new OutcomeView(o.id(), o.exchangeId(), o.type(), o.side(), o.occurredOn(), o.description(),
                o.evidenceUrl(), o.reporterRole(), o.reportedAt(), o.version());
    }
}
