package org.lonelyloop.model;

import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.observe.Ledger;
import org.lonelyloop.model.observe.LonelinessSource;

/**
 * What a process may see and touch on one simulated day.
 *
 * <p>Day numbers count from the end of the burn-in: the burn-in runs days -B..-1, the recorded
 * simulation days 0..duration-1.
 */
public final class Day {
    private final LonelyLoop model;

    Day(LonelyLoop model) {
        this.model = model;
    }

    public int index() {
        return model.day();
    }

    /** True while the model settles before recording starts. */
    public boolean burnIn() {
        return model.day() < 0;
    }

    public long seed() {
        return model.seed();
    }

    /**
     * Problematic use's threshold (the measures' definition: the mean of habit and emotional
     * dependence at least this), by which interventions and life events pick their target groups. Processes read the world through the
     * day's narrow accessors and the sections they were built with, never the whole scenario.
     */
    public double problematicUseCutoff() {
        return model.scenario().measures().problematicUseCutoff();
    }

    /** How many ring positions either side count as one's shared settings (the contact section). */
    public int settingWindow() {
        return model.scenario().contact().settingWindow();
    }

    public Population population() {
        return model.world().population();
    }

    public TieGraph offline() {
        return model.world().offline();
    }

    public OnlineGraph online() {
        return model.world().online();
    }

    public Ledger ledger() {
        return model.world().ledger();
    }

    public Workers workers() {
        return model.workers();
    }

    /** The ring of settings: neighbours on it share school, work and clubs. */
    public org.lonelyloop.model.network.Ring ring() {
        return model.world().ring();
    }

    /** Tells the model's listener that agent {@code agent}'s partnership ended or began today. */
    public void partnerChanged(int agent, org.lonelyloop.model.event.PartnerChange.Kind kind, boolean scripted) {
        model.partnerChanges().record(new org.lonelyloop.model.event.PartnerChange(index(), agent, kind, scripted));
    }

    /**
     * The sink through which a pathway pushes mood on behalf of {@code source}; each push also books
     * the loneliness it adds to that source in the ledger.
     */
    public MoodSink moodSink(LonelinessSource source) {
        return new MoodSink(model.world().population().moodPush, model.world().ledger().loneliness(source),
                model.scenario().loneliness().moodEffect());
    }
}
