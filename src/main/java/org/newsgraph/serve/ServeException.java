package org.newsgraph.serve;

/** A server that cannot start as asked (port in use, unknown host, bad credentials file): reported in one line. */
public class ServeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
