package se.klossnet.events.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;

/**
 * The grant decision, carrying everything the exchange-service needs to plan the exchange.
 *
 * @param dissemination the answers to the dissemination plan's control questions, as topics (no free text)
 * @param partners      for ALLIANCE: the consortium's partner organisations; empty otherwise
 */
public record ApplicationGranted(String applicationId, String callId, String programmeId, Direction direction,
                                 String applicantPseudonym, HostOrganisation host, LocalDate plannedStart,
                                 LocalDate plannedEnd, int extentPercent, BigDecimal grantedSek,
                                 List<String> dissemination, List<HostOrganisation> partners) implements CallEvent {
    @Override
    public String aggregateId() {
        return applicationId;
    }
}
