package org.newsgraph.cli;

/** A mistake of the user's (bad value, missing file): one line on stderr, exit code 1. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
