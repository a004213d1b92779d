package se.klossnet.events.exchange;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.klossnet.events.Direction;
import se.klossnet.events.HostOrganisation;

/** @param applicationId the granted application, or null for a fast-tracked INBOUND affiliation */
public record ExchangePlanned(String exchangeId, @Nullable String applicationId, String programmeId, Direction direction,
                              String participantPseudonym, HostOrganisation host, LocalDate plannedStart,
                              LocalDate plannedEnd, int extentPercent, BigDecimal budgetSek) implements ExchangeEvent {
}
