package se.klossnet.events.call;

import java.math.BigDecimal;
import se.klossnet.events.HostOrganisation;

public record ApplicationSubmitted(String applicationId, String callId, String programmeId, String applicantPseudonym,
                                   HostOrganisation host, int extentPercent, int months, BigDecimal requestedSek)
        implements CallEvent {
    @Override
    public String aggregateId() {
        return applicationId;
    }
}
