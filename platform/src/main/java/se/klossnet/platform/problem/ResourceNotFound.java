package se.klossnet.platform.problem;

/** 404. Also what a caller sees for another institution's object, so that ids do not reveal what exists. */
public class ResourceNotFound extends ProblemException {

    public ResourceNotFound(String what, Object id) {
        super(404, "not-found", "Not found", what + " " + id + " does not exist");
    }
}
