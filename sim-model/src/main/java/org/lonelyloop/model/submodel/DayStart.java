package org.lonelyloop.model.submodel;

import java.util.Arrays;
import java.util.List;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Clears the accumulators that pathways add to during the day, yesterday's ledger, and the
 * intervention modifiers where the model has its own (each intervention sets them anew for the
 * agents it reaches today; before the model has any, there are none to clear, {@link Population#ownModifiers}).
 */
public final class DayStart implements DailyProcess {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Phase> phases() {
        return List.of(Phase.BEGIN);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            Arrays.fill(pop.useDrive, from, to, 0f);
            Arrays.fill(pop.activeShift, from, to, 0f);
            Arrays.fill(pop.contactFactor, from, to, 1f);
            Arrays.fill(pop.maintenance, from, to, 0f);
            Arrays.fill(pop.support, from, to, 0f);
            Arrays.fill(pop.moodPush, from, to, 0f);
            Arrays.fill(pop.momentaryMood, from, to, 0f);
            Arrays.fill(pop.depressionPush, from, to, 0f);
            Arrays.fill(pop.anxietyPush, from, to, 0f);
            Arrays.fill(pop.esteemPush, from, to, 0f);
            day.ledger().clear(from, to);
            if (!pop.modifiersOwned()) {
                return;
            }
            Arrays.fill(pop.useCap, from, to, Float.POSITIVE_INFINITY);
            Arrays.fill(pop.useFactor, from, to, 1f);
            Arrays.fill(pop.daytimeBlock, from, to, 0f);
            Arrays.fill(pop.nightBlock, from, to, 0f);
            Arrays.fill(pop.platformLimit, from, to, Byte.MAX_VALUE);
            Arrays.fill(pop.habitLearning, from, to, 1f);
            Arrays.fill(pop.pushDamping, from, to, 0f);
            Arrays.fill(pop.curation, from, to, 0f);
            Arrays.fill(pop.supportBoost, from, to, 0f);
            Arrays.fill(pop.settingsClosed, from, to, (byte) 0);
            Arrays.fill(pop.tieTargetBoost, from, to, (byte) 0);
            Arrays.fill(pop.intervened, from, to, (byte) 0);
        });
    }
}
