package org.lonelyloop.gui;

import java.util.Collection;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.classroom.Names;
import org.lonelyloop.model.observe.DayRecord;

/**
 * The loop as the diagram draws it, from the pathway ledger averaged over the last days: how many
 * minutes loneliness and habit add to use, what each arm of the loop adds to loneliness, how much
 * face-to-face contact relieves, and the loop gain.
 *
 * @param lonelinessToUse  minutes a day compensation adds, per person it pushes to use more
 * @param habitToUse       minutes a day the checking habit adds, likewise
 * @param displacement     loneliness per day (logit) from time online taken from friends
 * @param comparison       from comparison, FOMO and the person-specific mood response together
 * @param sleep            from sleep lost to night use
 * @param withdrawal       from not reaching out because of loneliness
 * @param contactRelief    relief from face-to-face contact and online support (positive number)
 * @param meanLoopGain     mean loop gain
 * @param shareReinforcing share of people with loop gain 1 or more
 * @param people           population size
 * @param person           the followed person (-1: nobody)
 * @param personGain       their loop gain this week ({@link WeeklyGain}; NaN when nobody is followed)
 */
public record LoopReading(double lonelinessToUse, double habitToUse, double displacement, double comparison,
        double sleep, double withdrawal, double contactRelief, double meanLoopGain, double shareReinforcing,
        int people, int person, double personGain) {

    /** A reading of the whole group, nobody followed. */
    public LoopReading(double lonelinessToUse, double habitToUse, double displacement, double comparison,
            double sleep, double withdrawal, double contactRelief, double meanLoopGain, double shareReinforcing,
            int people) {
        this(lonelinessToUse, habitToUse, displacement, comparison, sleep, withdrawal, contactRelief, meanLoopGain,
                shareReinforcing, people, -1, Double.NaN);
    }

    /** The same reading, with the verdict about person {@code id} whose gain this week is {@code gain}. */
    public LoopReading following(int id, double gain) {
        return new LoopReading(lonelinessToUse, habitToUse, displacement, comparison, sleep, withdrawal, contactRelief,
                meanLoopGain, shareReinforcing, people, id, gain);
    }

    /** Whether the verdict is about one followed person. */
    public boolean aboutPerson() {
        return person >= 0 && !Double.isNaN(personGain);
    }

    /**
     * The mean over the given days (at least one). The arrows into use are the minutes a day
     * compensation and habit add for the people they push up ({@code pushes}: per day, those two
     * means), since across everyone they also take minutes from the least lonely and the mean
     * would hide the loop.
     */
    public static LoopReading of(Collection<DayRecord> days, Collection<double[]> pushes, int people) {
        double[] s = new double[9];
        for (DayRecord r : days) {
            s[2] += r.get("lonelinessFromDisplacement");
            s[3] += r.get("lonelinessFromComparison") + r.get("lonelinessFromFomo") + r.get("lonelinessFromMoodDynamics")
                    + r.get("lonelinessFromReinforcement") + r.get("lonelinessFromPlatforms");
            s[4] += r.get("lonelinessFromSleep");
            s[5] += r.get("lonelinessFromWithdrawal");
            s[6] -= r.get("lonelinessFromContact") + r.get("lonelinessFromMaintenance") + r.get("lonelinessFromInterventions");
            s[7] += r.get("meanLoopGain");
            s[8] += r.get("shareLoopReinforcing");
        }
        double compensation = 0;
        double habit = 0;
        for (double[] p : pushes) {
            compensation += p[0] / pushes.size();
            habit += p[1] / pushes.size();
        }
        int n = Math.max(1, days.size());
        return new LoopReading(compensation, habit, s[2] / n, s[3] / n, s[4] / n, s[5] / n, s[6] / n, s[7] / n,
                s[8] / n, people);
    }

    /** People whose loop feeds itself now. */
    public int reinforcing() {
        return (int) Math.round(shareReinforcing * people);
    }

    /** Whether the loop the verdict is about (the followed person's, else anyone's) feeds itself now. */
    public boolean isReinforcing() {
        return aboutPerson() ? personGain >= 1 : reinforcing() >= 1;
    }

    /** The verdict in plain words: a headline and one sentence of explanation. */
    public String[] verdict(Labels labels) {
        if (aboutPerson()) {
            String state = personGain >= 1 ? "reinforcing" : "damped";
            return new String[] {labels.get("loop.person." + state, Names.of(person), personGain),
                labels.get("loop.person." + state + ".why", reinforcing(), people)};
        }
        if (isReinforcing()) {
            return new String[] {labels.get("loop.reinforcing", reinforcing(), people),
                labels.get("loop.reinforcing.why", meanLoopGain)};
        }
        return new String[] {labels.get("loop.damped"), labels.get("loop.damped.why", meanLoopGain)};
    }
}
