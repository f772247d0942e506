package org.upright.storage;

import org.upright.common.UprightException;

/** The database cannot be used: unreachable, locked by another process, full, or refusing the schema. */
public class StorageException extends UprightException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
