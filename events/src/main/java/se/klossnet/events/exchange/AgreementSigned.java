package se.klossnet.events.exchange;

/** All three parties have signed this version of the agreement. */
public record AgreementSigned(String exchangeId, int agreementVersion, String documentSha256) implements ExchangeEvent {
}
