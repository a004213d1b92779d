package se.klossnet.platform.problem;

/** 403: the caller is known but may not do this. */
public class AccessDenied extends ProblemException {

    public AccessDenied(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}
