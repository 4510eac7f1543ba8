package org.lonelyloop.model.state;

/**
 * Pathways that push daily social-media minutes; the ledger keeps, per agent, the log-multiplier
 * each applied, so the minutes it added (with the other drivers as they are) can be reported.
 */
public enum UseSource {
    COMPENSATION("compensation"),
    REINFORCEMENT("reinforcement"),
    FOMO("fomo"),
    PLATFORMS("platforms");

    public final String key;

    UseSource(String key) {
        this.key = key;
    }

    /** Output column: {@code minutesFrom} plus the capitalised key. */
    public String column() {
        return "minutesFrom" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
