package org.upright.web;

import org.upright.common.UprightException;

/** A request refused for who sent it: 401 (not signed in) or 403 (not allowed), with the reason in one line. */
final class AccessException extends UprightException {
    private static final long serialVersionUID = 1L;
    private final int status;

    AccessException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
