package org.upright.common;

/**
 * The root of Upright's own failures: an unchecked exception whose message is one line a user can act on.
 *
 * <p>Subclasses say what kind of failure it is; the command line and the web map each kind once to an exit
 * code or an HTTP status, and only there is it logged.
 */
public class UprightException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UprightException(String message) {
        super(message);
    }

    public UprightException(String message, Throwable cause) {
        super(message, cause);
    }
}
