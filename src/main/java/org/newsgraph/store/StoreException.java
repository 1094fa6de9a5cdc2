package org.newsgraph.store;

/** A store that cannot be used as asked (missing, not a store, in use, unknown article): reported in one line. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
