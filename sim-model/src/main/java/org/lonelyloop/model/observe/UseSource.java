package org.lonelyloop.model.observe;

/**
 * Pathways that change daily social-media minutes; the ledger keeps, per agent, the minutes that
 * would be absent without that pathway alone (other drivers held as they are).
 */
public enum UseSource {
    COMPENSATION("compensation");

    public final String key;

    UseSource(String key) {
        this.key = key;
    }

    /** Output column: {@code minutesFrom} plus the capitalised key. */
    public String column() {
        return "minutesFrom" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
