package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.params.LonelinessParams;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.Workers;

/**
 * Life circumstances that change slowly and are not modelled one by one (a new job, a partner, a
 * move, an illness, a new phone): they drift each person's loneliness set point and usual amount of
 * use, each as a mean-reverting (Ornstein-Uhlenbeck) process with a stationary standard deviation
 * and a time scale in years, drawn from its steady state on the first day so that it adds no trend,
 * and stepped once a week.
 *
 * <p>Why: loneliness is about as stable from year to year as personality traits, yet it changes
 * (Mund et al. 2020, Pers. Soc. Psychol. Rev. 24:24, 75 longitudinal studies), and time on social
 * media changes within persons from year to year (Orben, Dienlin and Przybylski 2019, PNAS
 * 116:10226). Without such drift a person's loneliness would forget a deviation within months and
 * their use would vary only from day to day, so a yearly panel would see no within-person change
 * for the loop to act on: the cross-lags Roberts, Young and David (2025) estimated would be zero by
 * construction.
 */
public final class Circumstances implements DailyProcess {
    private static final long serialVersionUID = 1L;
    private final LonelinessParams loneliness;
    private final PopulationParams population;
    private static final double DAYS_PER_YEAR = 365.25;
    /**
     * Circumstances change over months and years, so they are stepped once a week (exactly, for the
     * process at that step): a daily pass over every agent cost about a tenth of the day's time.
     */
    static final int STEP_DAYS = 7;

    /**
     * Built with its section of the scenario, which stays as it is for the world's life (a branch is
     * the same world): the process depends on the parameters it reads, not on the whole scenario.
     */
    public Circumstances(LonelinessParams loneliness, PopulationParams population) {
        this.loneliness = loneliness;
        this.population = population;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.BEGIN);
    }

    /** Draws each person's drifts from their steady state (once, when the population is made). */
    public static void initialise(Population pop, LonelinessParams lp, PopulationParams pp, long seed, Workers workers) {
        workers.forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                r.reset(seed, Integer.MIN_VALUE, Purpose.CIRCUMSTANCES, i);
                pop.lonelinessDrift[i] = (float) (lp.driftSd() * r.nextGaussian());
                pop.useDrift[i] = (float) (pp.useDriftSd() * r.nextGaussian());
            }
        });
    }

    @Override
    public void apply(Phase phase, Day day) {
        LonelinessParams lp = loneliness;
        PopulationParams pp = population;
        if (lp.driftSd() == 0 && pp.useDriftSd() == 0) {
            return;
        }
        int d = day.index();
        if (Math.floorMod(d, STEP_DAYS) != 0) {
            return;
        }
        Population pop = day.population();
        // Exact discretisation of the OU process over one step: x' = k x + sd sqrt(1 - k^2) z.
        double kL = Math.exp(-STEP_DAYS / (lp.driftYears() * DAYS_PER_YEAR));
        double sL = lp.driftSd() * Math.sqrt(1 - kL * kL);
        double kU = Math.exp(-STEP_DAYS / (pp.useDriftYears() * DAYS_PER_YEAR));
        double sU = pp.useDriftSd() * Math.sqrt(1 - kU * kU);
        long seed = day.seed();
        long key = RandomStream.dayKey(seed, d, Purpose.CIRCUMSTANCES);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                r.reset(key, i);
                pop.lonelinessDrift[i] = (float) (kL * pop.lonelinessDrift[i] + sL * r.nextGaussian());
                pop.useDrift[i] = (float) (kU * pop.useDrift[i] + sU * r.nextGaussian());
            }
        });
    }
}
