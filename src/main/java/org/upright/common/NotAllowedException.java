package org.upright.common;

/** A change the signed-in account may not make (e.g. an editor and another institution's item): HTTP 403. */
public class NotAllowedException extends UprightException {
    private static final long serialVersionUID = 1L;

    public NotAllowedException(String message) {
        super(message);
    }
}
