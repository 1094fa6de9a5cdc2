package org.newsgraph.ingest;

/** Bad input from the user (a missing, empty, binary or oversized file): reported in one line. */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
