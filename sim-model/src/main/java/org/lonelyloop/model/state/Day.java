package org.lonelyloop.model.state;

import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.TieGraph;

/**
 * What a process may see and touch on one simulated day.
 *
 * <p>Day numbers count from the end of the burn-in: the burn-in runs days -B..-1, the recorded
 * simulation days 0..duration-1.
 */
public final class Day {
    private final World world;
    private final long seed;
    private final double problematicUseCutoff;
    private final int settingWindow;
    private final double moodEffect;
    private final PartnerChanges partnerChanges;
    private int index;
    private Workers workers;

    /**
     * A day of {@code world}: the seed and the three world constants processes read (problematic
     * use's threshold, the settings' window, loneliness per unit of mood), which neither a branch nor
     * a retuning changes. The day does not know the model or the scenario, so nothing a process
     * holds leads back to them.
     */
    public Day(World world, long seed, double problematicUseCutoff, int settingWindow, double moodEffect,
            PartnerChanges partnerChanges) {
        this.world = world;
        this.seed = seed;
        this.problematicUseCutoff = problematicUseCutoff;
        this.settingWindow = settingWindow;
        this.moodEffect = moodEffect;
        this.partnerChanges = partnerChanges;
    }

    /** Makes this day number {@code index}, worked by {@code crew} (the model's, which it may replace). */
    public Day at(int index, Workers crew) {
        this.index = index;
        this.workers = crew;
        return this;
    }

    public int index() {
        return index;
    }

    /** True while the model settles before recording starts. */
    public boolean burnIn() {
        return index < 0;
    }

    public long seed() {
        return seed;
    }

    /**
     * Problematic use's threshold (the measures' definition: the mean of habit and emotional
     * dependence at least this), by which interventions and life events pick their target groups.
     * Processes read the world through the day's narrow accessors and the sections they were built
     * with, never the whole scenario.
     */
    public double problematicUseCutoff() {
        return problematicUseCutoff;
    }

    /** How many ring positions either side count as one's shared settings (the contact section). */
    public int settingWindow() {
        return settingWindow;
    }

    public Population population() {
        return world.population();
    }

    public TieGraph offline() {
        return world.offline();
    }

    public OnlineGraph online() {
        return world.online();
    }

    public Ledger ledger() {
        return world.ledger();
    }

    public Workers workers() {
        return workers;
    }

    /** The ring of settings: neighbours on it share school, work and clubs. */
    public org.lonelyloop.model.network.Ring ring() {
        return world.ring();
    }

    /** Tells the model's listener that agent {@code agent}'s partnership ended or began today. */
    public void partnerChanged(int agent, org.lonelyloop.model.state.PartnerChange.Kind kind, boolean scripted) {
        partnerChanges.record(new org.lonelyloop.model.state.PartnerChange(index, agent, kind, scripted));
    }

    /**
     * The sink through which a pathway pushes mood on behalf of {@code source}; each push also books
     * the loneliness it adds to that source in the ledger.
     */
    public MoodSink moodSink(LonelinessSource source) {
        return new MoodSink(world.population().moodPush, world.ledger().loneliness(source), moodEffect);
    }
}
