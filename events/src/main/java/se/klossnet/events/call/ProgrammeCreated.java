package se.klossnet.events.call;

import java.math.BigDecimal;
import java.util.List;
import se.klossnet.events.Direction;
import se.klossnet.events.FundingSource;

public record ProgrammeCreated(String programmeId, String name, Direction direction, FundingSource fundingSource,
                               List<String> themes, BigDecimal budgetSek) implements CallEvent {
    @Override
    public String aggregateId() {
        return programmeId;
    }
}
