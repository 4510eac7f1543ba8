package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.ReferenceLevels;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.MoodSink;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;

/**
 * Platform count: the more platforms someone juggles, the more they are exposed, switch and check,
 * and the more depressed and anxious they tend to be (seed 000; Primack et al. 2017, Comput. Hum.
 * Behav. 69:1, adjusted OR about 3 for 7-11 against 0-2 platforms).
 *
 * <p>With k the agent's platforms (capped by a fewer-platforms intervention) and kref the default
 * mean for its age: USE pushes the log of use by {@code usePerPlatform * (k - kref)}; ONLINE pushes
 * mood by {@code -moodPerPlatform * (k - kref)}, social anxiety by {@code anxietyPerPlatform * (k -
 * kref)} and depressive symptoms by {@code depressionPerPlatform * (k - kref)} per day.
 */
public final class PlatformCount extends AbstractPathway<PlatformCount.Params> {
    private static final long serialVersionUID = 1L;

    /**
     * @param enabled               whether the pathway runs
     * @param usePerPlatform        change in log daily use per platform above the reference
     * @param moodPerPlatform       mood lost per day per platform above the reference
     * @param anxietyPerPlatform    social anxiety added per day per platform above the reference
     * @param depressionPerPlatform depressive symptoms added per day per platform above the reference
     */
    public record Params(
            boolean enabled,
            @Range(min = -1, max = 1, unit = "log minutes per platform") double usePerPlatform,
            @Range(min = -0.5, max = 0.5, unit = "mood per platform") double moodPerPlatform,
            @Range(min = -0.01, max = 0.01, unit = "per platform per day") double anxietyPerPlatform,
            @Range(min = -0.01, max = 0.01, unit = "per platform per day") double depressionPerPlatform) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 0.08, 0.01, 1.129e-4, 1.0e-4);
        }
    }

    public PlatformCount(Params p) {
        super(p, Phase.USE, Phase.ONLINE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        if (phase == Phase.USE) {
            pushUse(day, UseSource.PLATFORMS, i -> p.usePerPlatform() * extra(pop, i));
            return;
        }
        MoodSink mood = day.moodSink(LonelinessSource.PLATFORMS);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double extra = extra(pop, i);
                mood.push(i, -p.moodPerPlatform() * extra);
                pop.anxietyPush[i] += (float) (p.anxietyPerPlatform() * extra);
                pop.depressionPush[i] += (float) (p.depressionPerPlatform() * extra);
            }
        });
    }

    /** Platforms above the age band's reference, counting only those a fewer-platforms limit leaves. */
    private static double extra(Population pop, int i) {
        return Math.min(pop.platforms[i], pop.platformLimit(i)) - ReferenceLevels.platforms(pop.ageGroup[i]);
    }
}
