package se.klossnet.demo.http;

/** A step of the demo that the network refused or could not answer; the message says which and why. */
public class DemoException extends RuntimeException {

    private final int status;

    public DemoException(String message) {
        this(message, 0);
    }

    public DemoException(String message, int status) {
        super(message);
        this.status = status;
    }

    public DemoException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status the network answered, or 0 when it did not answer. */
    public int status() {
        return status;
    }
}
