package se.klossnet.call.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.klossnet.call.call.ApplicationTally;

@ApplicationScoped
public class CallApplicationTally implements ApplicationTally {

    private final ApplicationRepository applications;

    public CallApplicationTally(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public int standing(UUID callId) {
        return applications.countStanding(callId);
    }

    @Override
    public int undecided(UUID callId) {
        return applications.countUndecided(callId);
    }
}
