package org.lonelyloop.model.pathway;

import java.util.ArrayList;
import java.util.List;

/**
 * Every pathway's switch and parameters: the {@code pathways:} section of a scenario, in the order
 * of the model brief.
 */
public record PathwayParams(
        Compensation.Params compensation,
        Displacement.Params displacement,
        Maintenance.Params maintenance,
        SocialComparison.Params comparison,
        Fomo.Params fomo,
        Reinforcement.Params reinforcement,
        SleepLoss.Params sleep,
        Cyberbullying.Params cyberbullying,
        Withdrawal.Params withdrawal,
        PlatformCount.Params platforms,
        MoodDynamics.Params moodDynamics) {

    public static PathwayParams defaults() {
        return new PathwayParams(Compensation.Params.defaults(), Displacement.Params.defaults(),
                Maintenance.Params.defaults(), SocialComparison.Params.defaults(), Fomo.Params.defaults(),
                Reinforcement.Params.defaults(), SleepLoss.Params.defaults(), Cyberbullying.Params.defaults(),
                Withdrawal.Params.defaults(), PlatformCount.Params.defaults(), MoodDynamics.Params.defaults());
    }

    /** The enabled pathways, in the brief's order (which is also their order within each phase). */
    public List<Pathway> build() {
        List<Pathway> out = new ArrayList<>();
        if (compensation.enabled()) {
            out.add(new Compensation(compensation));
        }
        if (displacement.enabled()) {
            out.add(new Displacement(displacement));
        }
        if (maintenance.enabled()) {
            out.add(new Maintenance(maintenance));
        }
        if (comparison.enabled()) {
            out.add(new SocialComparison(comparison));
        }
        if (fomo.enabled()) {
            out.add(new Fomo(fomo));
        }
        if (reinforcement.enabled()) {
            out.add(new Reinforcement(reinforcement));
        }
        if (sleep.enabled()) {
            out.add(new SleepLoss(sleep));
        }
        if (cyberbullying.enabled()) {
            out.add(new Cyberbullying(cyberbullying));
        }
        if (withdrawal.enabled()) {
            out.add(new Withdrawal(withdrawal));
        }
        if (platforms.enabled()) {
            out.add(new PlatformCount(platforms));
        }
        if (moodDynamics.enabled()) {
            out.add(new MoodDynamics(moodDynamics));
        }
        return out;
    }

    /** Keys of all pathways, in order. */
    public static List<String> keys() {
        List<String> k = new ArrayList<>();
        for (java.lang.reflect.RecordComponent c : PathwayParams.class.getRecordComponents()) {
            k.add(c.getName());
        }
        return k;
    }
}
