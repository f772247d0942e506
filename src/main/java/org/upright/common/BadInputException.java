package org.upright.common;

/** A document Upright cannot use: empty, binary, damaged, too large, or of a kind it does not know. */
public class BadInputException extends UprightException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
