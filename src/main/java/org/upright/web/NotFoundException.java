package org.upright.web;

import org.upright.common.UprightException;

/** A resource the request names does not exist: HTTP 404. */
final class NotFoundException extends UprightException {
    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
        super(message);
    }
}
