package org.lonelyloop.model.state;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Minutes;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;
import org.lonelyloop.model.scale.DeJongGierveld;

/**
 * Who an intervention is offered to, judged once, on its first day. Every condition given must
 * hold (they combine with "and"); the defaults let everyone in.
 *
 * @param minAge                 youngest age, years
 * @param maxAge                 oldest age (exclusive), years
 * @param lonelinessScoreAtLeast lowest 6-item De Jong Gierveld score (5 = strongly lonely)
 * @param problematicUseOnly     only agents with problematic use (measures.problematicUseCutoff)
 * @param nightUseAtLeast        least night use today
 * @param socialAnxietyAtLeast   least social anxiety
 * @param network                position in the offline network: anyone, the periphery (the fifth
 *                               with fewest ties) or hubs (the tenth with most online ties)
 */
public record TargetGroup(
        @Range(min = 0, max = 120, unit = "years") double minAge,
        @Range(min = 0, max = 200, unit = "years") double maxAge,
        @Range(min = 0, max = 6, unit = "De Jong Gierveld score") int lonelinessScoreAtLeast,
        boolean problematicUseOnly,
        @Range(min = 0, max = 1440, unit = "minutes per day") Minutes nightUseAtLeast,
        @Range(min = 0, max = 1) double socialAnxietyAtLeast,
        NetworkPosition network) implements CrossChecked, java.io.Serializable {

    /** Position in the network. */
    public enum NetworkPosition {
        anyone, periphery, hubs
    }

    /** Share of agents counted as the periphery (fewest offline ties) and as hubs (most online ties). */
    static final double PERIPHERY_SHARE = 0.2;
    static final double HUB_SHARE = 0.1;

    public static TargetGroup everyone() {
        return new TargetGroup(0, 200, 0, false, Minutes.of(0), 0, NetworkPosition.anyone);
    }

    /** Everyone in an age range. */
    public static TargetGroup ages(double from, double to) {
        return new TargetGroup(from, to, 0, false, Minutes.of(0), 0, NetworkPosition.anyone);
    }

    @Override
    public List<Violation> crossCheck() {
        if (!(minAge < maxAge)) {
            return List.of(new Violation("maxAge", "must be above minAge (" + minAge + ")"));
        }
        return List.of();
    }

    /** The agents in the group now, in id order. */
    public int[] select(Population pop, TieGraph offline, OnlineGraph online, double problematicCutoff) {
        int peripheryMax = network == NetworkPosition.periphery ? quantileDegree(offline, PERIPHERY_SHARE) : Integer.MAX_VALUE;
        int hubMin = network == NetworkPosition.hubs ? onlineQuantile(online, 1 - HUB_SHARE) : 0;
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < pop.size; i++) {
            boolean in = pop.age[i] >= minAge && pop.age[i] < maxAge
                    && DeJongGierveld.score(pop.emotional(i), pop.social(i)) >= lonelinessScoreAtLeast
                    && (!problematicUseOnly || 0.5 * (pop.habit[i] + pop.dependence[i]) >= problematicCutoff)
                    && pop.nightMinutes[i] >= nightUseAtLeast.value()
                    && pop.socialAnxiety[i] >= socialAnxietyAtLeast
                    && offline.degree(i) <= peripheryMax
                    && online.degree(i) >= hubMin;
            if (in) {
                ids.add(i);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int quantileDegree(TieGraph g, double q) {
        int[] d = new int[g.agents()];
        for (int i = 0; i < d.length; i++) {
            d[i] = g.degree(i);
        }
        java.util.Arrays.sort(d);
        return d.length == 0 ? 0 : d[(int) Math.floor(q * (d.length - 1))];
    }

    private static int onlineQuantile(OnlineGraph g, double q) {
        int[] d = new int[g.agents()];
        for (int i = 0; i < d.length; i++) {
            d[i] = g.degree(i);
        }
        java.util.Arrays.sort(d);
        return d.length == 0 ? 0 : d[(int) Math.ceil(q * (d.length - 1))];
    }
}
