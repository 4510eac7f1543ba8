package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Ledger;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;

/**
 * Today's social-media minutes: the agent's baseline, times the exponential of the pushes the use
 * pathways added (less the share of compensating and habitual pushes a mindful pause stops), times
 * a mean-one log-normal day-to-day variation; at most {@link Population#MAX_USE_SHARE} of the agent's free time.
 * A share of it happens late at night, more so with a strong checking habit. Interventions then
 * remove the use in phone-off windows (night and day apart), scale what is left (fewer, longer
 * sessions; a hobby's time) and cap it (a time limit). What remains is split into active and
 * passive minutes by the agent's active share plus today's shift.
 */
public final class DailyUse implements DailyProcess {
    private static final long serialVersionUID = 1L;
    private final PopulationParams population;

    /**
     * Built with its section of the scenario, which stays as it is for the world's life (a branch is
     * the same world): the process depends on the parameters it reads, not on the whole scenario.
     */
    public DailyUse(PopulationParams population) {
        this.population = population;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.USE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        PopulationParams pp = population;
        double sigma = pp.useMinutesDailyNoise();
        double drift = pp.useDriftSd();
        // Mean-one factors: neither the daily noise nor the drift changes mean use.
        double meanOneShift = -0.5 * sigma * sigma - 0.5 * drift * drift;
        double habitWeight = pp.nightShareHabitWeight();
        long seed = day.seed();
        int d = day.index();
        Ledger ledger = day.ledger();
        long key = RandomStream.dayKey(seed, d, Purpose.USE);
        // Without an intervention nothing is removed (the sums below differ from the wanted minutes
        // by rounding alone), and the minutes removed have no array until one can act.
        boolean countRemoved = pop.modifiersOwned();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                r.reset(key, i);
                double drive = pop.useDrive[i];
                float damping = pop.pushDamping(i);
                if (damping > 0) {
                    drive -= damping * (Clamp.atLeast(ledger.useDrive(UseSource.COMPENSATION)[i], 0)
                            + Clamp.atLeast(ledger.useDrive(UseSource.REINFORCEMENT)[i], 0));
                }
                double wanted = pop.baseMinutes[i] * Math.exp(drive + pop.useDrift[i] + sigma * r.nextGaussian()
                        + meanOneShift);
                wanted = Clamp.atMost(wanted, Population.MAX_USE_SHARE * pop.freeMinutes[i]);
                double nightShare = Clamp.atMost(pop.nightPropensity[i] * (1 + habitWeight * pop.habit[i]), Population.MAX_NIGHT_SHARE);
                float factor = pop.useFactor(i);
                double night = wanted * nightShare * (1 - pop.nightBlock(i)) * factor;
                double daytime = wanted * (1 - nightShare) * (1 - pop.daytimeBlock(i)) * factor;
                double minutes = night + daytime;
                float cap = pop.useCap(i);
                if (minutes > cap) {
                    night *= cap / minutes;
                    minutes = cap;
                }
                // Rounding leaves dust of 1e-16 minutes where nothing was removed; keep it out of the sums.
                double removed = wanted - minutes;
                if (countRemoved) {
                    pop.useRemoved[i] = removed > 1e-9 * wanted ? (float) removed : 0f;
                }
                double activeShare = Clamp.between(pop.activeShare[i] + pop.activeShift[i], 0.02, 0.98);
                float active = (float) (minutes * activeShare);
                pop.useMinutes[i] = (float) minutes;
                pop.activeMinutes[i] = active;
                pop.passiveMinutes[i] = (float) minutes - active;
                pop.nightMinutes[i] = (float) night;
            }
        });
    }
}
