package se.klossnet.call.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;

/** A programme as the API shows it. */
public record ProgrammeView(UUID id, String institution, String name, Direction direction, FundingSource fundingSource,
                            List<String> themes, BigDecimal budgetSek, Instant createdAt, long version) {

    static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id(), p.institution(), p.name(), p.direction(), p.fundingSource(), p.themes(),
                p.budgetSek(), p.createdAt(), p.version());
    }
}
