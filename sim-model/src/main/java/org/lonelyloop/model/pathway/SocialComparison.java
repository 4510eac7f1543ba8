package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.MoodSink;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Social comparison: scrolling others' curated, edited lives invites upward comparison, envy and
 * low self-esteem, more so for people who already feel bad about themselves or lack a close
 * relationship (seed 000).
 *
 * <p>Harm = {@code strength * passiveHours * V}, with vulnerability
 * {@code V = esteemWeight * (1 - selfEsteem) + closeTieWeight * (1 - closeness)} (closeness: the
 * strength of one's closest offline tie). Mood falls by the harm; self-esteem by
 * {@code esteemLoss * harm}. A negative strength encodes inspiration instead of envy.
 */
public final class SocialComparison extends AbstractPathway<SocialComparison.Params> {
    private static final long serialVersionUID = 1L;

    /**
     * @param enabled        whether the pathway runs
     * @param strength       mood lost per hour of passive use at vulnerability 1
     * @param esteemWeight   weight of low self-esteem in vulnerability
     * @param closeTieWeight weight of lacking a close tie in vulnerability
     * @param esteemLoss     self-esteem lost per unit of harm
     */
    public record Params(
            boolean enabled,
            @Range(min = -2, max = 2, unit = "mood per passive hour") double strength,
            @Range(min = 0, max = 5) double esteemWeight,
            @Range(min = 0, max = 5) double closeTieWeight,
            @Range(min = 0, max = 0.5, unit = "self-esteem per unit harm") double esteemLoss) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 0.012, 1.0, 0.2, 0.03);
        }
    }

    public SocialComparison(Params p) {
        super(p, Phase.ONLINE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        MoodSink mood = day.moodSink(LonelinessSource.COMPARISON);
        float esteemWeight = (float) p.esteemWeight();
        float closeTieWeight = (float) p.closeTieWeight();
        float perPassiveMinute = (float) (p.strength() / 60);
        float esteemLoss = (float) p.esteemLoss();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                float vulnerability = esteemWeight * (1 - pop.selfEsteem[i]) + closeTieWeight * (1 - pop.closeness[i]);
                float harm = perPassiveMinute * pop.passiveMinutes[i] * (1 - pop.curation(i)) * vulnerability;
                mood.push(i, -harm);
                pop.esteemPush[i] -= esteemLoss * harm;
            }
        });
    }
}
