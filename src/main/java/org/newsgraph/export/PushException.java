package org.newsgraph.export;

/**
 * A push that stopped before the end: what went wrong, a hint at what to do, and what was and was not sent.
 * The message is one line, e.g. {@code http://host:3030/ds/data answered 401 Unauthorized for graph <…>
 * (the user name or password is wrong, or missing); sent 3 of 12 graphs (3512 triples); not sent: 9 graphs (9120 triples)}.
 */
public class PushException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String hint;
    private final int status;
    private final transient PushReport report;

    PushException(String problem, String hint, int status, PushReport report, Throwable cause) {
        super(message(problem, hint, report), cause);
        this.problem = problem;
        this.hint = hint;
        this.status = status;
        this.report = report;
    }

    private static String message(String problem, String hint, PushReport report) {
        return problem + (hint == null ? "" : " (" + hint + ")") + "; " + report.progress();
    }

    /** What went wrong, e.g. {@code http://host:3030/ds/data answered 503 Service Unavailable for graph <…>, after 3 retries}. */
    public String problem() {
        return problem;
    }

    /** What to do about it, or null. */
    public String hint() {
        return hint;
    }

    /** The HTTP status of the last answer, or -1 when there was none (no connection, no answer in time). */
    public int status() {
        return status;
    }

    /** What was sent before the push stopped, and what was to be sent. */
    public PushReport report() {
        return report;
    }
}
