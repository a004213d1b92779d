package se.klossnet.events.call;

public record ApplicationEndorsed(String applicationId, String callId, String managerPseudonym) implements CallEvent {
    @Override
    public String aggregateId() {
        return applicationId;
    }
}
