package org.lonelyloop.classroom;

/**
 * A request the session turns down: the HTTP status to answer with and the key of the reason in
 * the classroom's words ({@code refusal.<key>}), so the phone can say it in the student's language.
 * The session goes on.
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String reason;

    public Refusal(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    /** The key of the reason, under {@code refusal.} in labels.properties. */
    public String reason() {
        return reason;
    }
}
