package org.upright.common;

/**
 * A change refused because the record changed since the caller read it (optimistic locking) or because it clashes
 * with what is stored: HTTP 409; the message says what to do (reload, then apply the change again).
 */
public class ConflictException extends UprightException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
