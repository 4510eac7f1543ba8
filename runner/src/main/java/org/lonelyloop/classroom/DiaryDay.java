package org.lonelyloop.classroom;

import java.util.EnumMap;
import java.util.Map;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.state.LonelinessSource;

/**
 * One person's day as the diary tells it, copied from the model at the end of the day (so the
 * diary can compare it with the day before and the model can go on).
 *
 * @param day            simulated day
 * @param loneliness     latent loneliness 0..1
 * @param score          De Jong Gierveld score 0..6
 * @param useMinutes     social-media minutes
 * @param activeMinutes  of which posting, reacting, messaging
 * @param passiveMinutes of which scrolling
 * @param nightMinutes   of which late at night in bed
 * @param met            whom they met face to face
 * @param ties           their offline ties
 * @param minutesRemoved minutes an intervention kept off their screen
 * @param causes         what each source added to their loneliness today (logit)
 * @param events         life events that touched them today ({@code move}, {@code lockdown.end}, ...)
 */
public record DiaryDay(int day, double loneliness, int score, double useMinutes, double activeMinutes,
        double passiveMinutes, double nightMinutes, int[] met, int[] ties, double minutesRemoved,
        Map<LonelinessSource, Double> causes, java.util.List<String> events) {

    /** A day without life events. */
    public DiaryDay(int day, double loneliness, int score, double useMinutes, double activeMinutes,
            double passiveMinutes, double nightMinutes, int[] met, int[] ties, double minutesRemoved,
            Map<LonelinessSource, Double> causes) {
        this(day, loneliness, score, useMinutes, activeMinutes, passiveMinutes, nightMinutes, met, ties, minutesRemoved,
                causes, java.util.List.of());
    }

    public static DiaryDay of(AgentView a, int day) {
        Map<LonelinessSource, Double> causes = new EnumMap<>(LonelinessSource.class);
        for (LonelinessSource s : LonelinessSource.values()) {
            causes.put(s, a.lonelinessFrom(s));
        }
        return new DiaryDay(day, a.getLoneliness(), a.getLonelinessScore(), a.getUseMinutes(), a.getActiveMinutes(),
                a.getPassiveMinutes(), a.getNightMinutes(), a.metToday(), a.offlineNeighbours(),
                a.getMinutesRemovedByInterventions(), causes, a.lifeEventsOn(day));
    }
}
