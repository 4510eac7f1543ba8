package org.lonelyloop.model.state;

/**
 * Where one pathway's pushes on mood go: the agent's mood accumulator, and the ledger entry for the
 * loneliness that push adds ({@code -moodEffect * amount}). Every pathway that acts on mood goes
 * through one, so the translation into loneliness is the same for all; a pathway fetches its sink
 * once per day ({@link Day#moodSink}) and pushes per agent without further lookups.
 */
public final class MoodSink {
    private final float[] moodPush;
    private final float[] ledger;
    private final double moodEffect;
    /** The same in float, for pathways that work in float. */
    private final float lonelinessPerMood;

    MoodSink(float[] moodPush, float[] ledger, double moodEffect) {
        this.moodPush = moodPush;
        this.ledger = ledger;
        this.moodEffect = moodEffect;
        this.lonelinessPerMood = (float) -moodEffect;
    }

    /** Pushes agent {@code i}'s mood by {@code amount} (negative lowers it). */
    public void push(int i, double amount) {
        moodPush[i] += (float) amount;
        ledger[i] += (float) (-moodEffect * amount);
    }

    /** {@link #push(int, double)} for a pathway that works in float: the loneliness it adds in float too. */
    public void push(int i, float amount) {
        moodPush[i] += amount;
        ledger[i] += lonelinessPerMood * amount;
    }
}
