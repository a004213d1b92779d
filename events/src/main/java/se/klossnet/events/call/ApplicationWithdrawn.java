package se.klossnet.events.call;

public record ApplicationWithdrawn(String applicationId, String callId) implements CallEvent {
    @Override
    public String aggregateId() {
        return applicationId;
    }
}
