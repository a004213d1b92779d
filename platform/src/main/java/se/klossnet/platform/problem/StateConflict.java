package se.klossnet.platform.problem;

/** 409 when the request does not fit the object's current state, e.g. publishing a call that is already open. */
public class StateConflict extends ProblemException {

    public StateConflict(String detail) {
        super(409, "state-conflict", "Conflict with the current state", detail);
    }
}
