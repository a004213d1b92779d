package se.klossnet.followup.exchange;

import java.time.Instant;

public record ParticipantLinkView(String exchangeId, String participantPseudonym, Instant linkedAt, long version) {

    static ParticipantLinkView of(ParticipantLink link) {
        return new ParticipantLinkView(link.exchangeId(), link.pseudonym(), link.linkedAt(), link.version());
    }
}
