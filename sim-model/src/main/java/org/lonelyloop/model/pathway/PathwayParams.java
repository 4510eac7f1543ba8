package org.lonelyloop.model.pathway;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.Records;

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
        MoodDynamics.Params moodDynamics) implements java.io.Serializable {

    public static PathwayParams defaults() {
        return new PathwayParams(Compensation.Params.defaults(), Displacement.Params.defaults(),
                Maintenance.Params.defaults(), SocialComparison.Params.defaults(), Fomo.Params.defaults(),
                Reinforcement.Params.defaults(), SleepLoss.Params.defaults(), Cyberbullying.Params.defaults(),
                Withdrawal.Params.defaults(), PlatformCount.Params.defaults(), MoodDynamics.Params.defaults());
    }

    /**
     * A pathway's key under {@code pathways:} in scenario files, output columns and ODD.md: the name
     * of the component here that holds its parameter record, so the key is written once.
     */
    public static String keyOf(Class<?> paramsType) {
        for (java.lang.reflect.RecordComponent c : PathwayParams.class.getRecordComponents()) {
            if (c.getType() == paramsType) {
                return c.getName();
            }
        }
        throw new IllegalArgumentException(paramsType.getName() + " is not a pathway's parameter record");
    }

    /**
     * The enabled pathways, in the brief's order (which is also their order within each phase).
     *
     * @param contactEffect the loneliness section's contact effect, by which maintenance and withdrawal
     *                      weigh the contact they touch
     */
    public List<Pathway> build(double contactEffect) {
        List<Pathway> out = new ArrayList<>();
        add(out, compensation.enabled(), () -> new Compensation(compensation));
        add(out, displacement.enabled(), () -> new Displacement(displacement));
        add(out, maintenance.enabled(), () -> new Maintenance(maintenance, contactEffect));
        add(out, comparison.enabled(), () -> new SocialComparison(comparison));
        add(out, fomo.enabled(), () -> new Fomo(fomo));
        add(out, reinforcement.enabled(), () -> new Reinforcement(reinforcement));
        add(out, sleep.enabled(), () -> new SleepLoss(sleep));
        add(out, cyberbullying.enabled(), () -> new Cyberbullying(cyberbullying));
        add(out, withdrawal.enabled(), () -> new Withdrawal(withdrawal, contactEffect));
        add(out, platforms.enabled(), () -> new PlatformCount(platforms));
        add(out, moodDynamics.enabled(), () -> new MoodDynamics(moodDynamics));
        return out;
    }

    private static void add(List<Pathway> out, boolean enabled, java.util.function.Supplier<Pathway> pathway) {
        if (enabled) {
            out.add(pathway.get());
        }
    }

    /** Keys of the pathways switched off, in order. */
    public List<String> off() {
        return keys().stream().filter(k -> !(Boolean) Records.get(this, k + ".enabled")).toList();
    }

    /**
     * Keys of the enabled pathways given a negative strength, in order: a researcher testing the
     * opposite of the pathway's hypothesis.
     */
    public List<String> reversed() {
        return keys().stream().filter(k -> (Boolean) Records.get(this, k + ".enabled"))
                .filter(k -> hasStrength(k) && (Double) Records.get(this, k + ".strength") < 0).toList();
    }

    private static boolean hasStrength(String key) {
        return java.util.Arrays.stream(Records.component(PathwayParams.class, key).getType().getRecordComponents())
                .anyMatch(c -> c.getName().equals("strength"));
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
