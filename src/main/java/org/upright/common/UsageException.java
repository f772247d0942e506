package org.upright.common;

/** A command or request used wrongly: a missing argument, an unknown option value, a file that is not there. */
public class UsageException extends UprightException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
