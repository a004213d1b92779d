package se.klossnet.exchange.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record CostEntryView(UUID id, UUID exchangeId, CostType type, BigDecimal amountSek, LocalDate bookedOn,
                            String account, String costCentre, String projectCode, String externalRef,
                            CostEntry.Source source, String recordedBy, Instant recordedAt) {

    public static CostEntryView of(CostEntry c) {
        return new CostEntryView(c.id(), c.exchangeId(), c.type(), c.amountSek(), c.bookedOn(), c.account(),
                c.costCentre(), c.projectCode(), c.externalRef(), c.source(), c.recordedBy(), c.recordedAt());
    }
}
