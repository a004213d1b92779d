package se.klossnet.events.call;

import java.math.BigDecimal;
import java.time.Instant;

public record CallPublished(String callId, String programmeId, Instant opensAt, Instant closesAt, BigDecimal budgetSek,
                            BigDecimal maxGrantSek) implements CallEvent {
    @Override
    public String aggregateId() {
        return callId;
    }
}
