package org.lonelyloop.gui;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.Records;
import org.lonelyloop.model.pathway.PathwayParams;

/**
 * What a lesson sets apart from the calibrated population, said on screen: every pathway parameter
 * more than twice (or less than half) its calibrated value, or of the other sign. A classroom may
 * exaggerate a mechanism so a class sees in a school year what is rare and slow among the Dutch; the
 * class should know which one and by how much.
 */
final class LessonNote {
    /** Beyond this factor either way a value is named. */
    static final double FACTOR = 2;

    private LessonNote() {
    }

    /** The parameters set apart, as {@code compensation.strength x17}, in the brief's order. */
    static List<String> departures(ModelParams s) {
        PathwayParams calibrated = PathwayParams.defaults();
        List<String> out = new ArrayList<>();
        for (String pathway : PathwayParams.keys()) {
            Record mine = (Record) Records.get(s.pathways(), pathway);
            Record theirs = (Record) Records.get(calibrated, pathway);
            if (!(Boolean) Records.get(mine, "enabled")) {
                continue;
            }
            for (RecordComponent c : mine.getClass().getRecordComponents()) {
                double ratio = ratio(Records.get(mine, c.getName()), Records.get(theirs, c.getName()), s);
                if (Double.isNaN(ratio)) {
                    continue;
                }
                if (ratio < 0) {
                    out.add(pathway + "." + c.getName() + " reversed");
                } else if (ratio > FACTOR || ratio < 1 / FACTOR) {
                    out.add(String.format(Locale.ROOT, ratio >= 10 ? "%s.%s x%.0f" : "%s.%s x%.1f", pathway, c.getName(),
                            ratio));
                }
            }
        }
        return out;
    }

    /**
     * Value over calibrated value (for an age profile, the furthest from 1 over the bands the scenario's
     * people are in); NaN where there is nothing to compare.
     */
    private static double ratio(Object mine, Object calibrated, ModelParams s) {
        if (mine instanceof Double m && calibrated instanceof Double c) {
            return c == 0 ? Double.NaN : m / c;
        }
        if (mine instanceof AgeProfile m && calibrated instanceof AgeProfile c) {
            double most = Double.NaN;
            for (int g = 0; g < m.toArray().length; g++) {
                org.lonelyloop.model.params.AgeGroup band = org.lonelyloop.model.params.AgeGroup.get(g);
                boolean drawn = (g == 0 || band.from < s.population().maxAge()) && band.to > s.population().minAge();
                if (!drawn) {
                    continue;
                }
                double r = c.get(g) == 0 ? Double.NaN : m.get(g) / c.get(g);
                if (!Double.isNaN(r) && (Double.isNaN(most) || Math.abs(Math.log(Math.abs(r))) > Math.abs(Math.log(Math.abs(most))))) {
                    most = r;
                }
            }
            return most;
        }
        return Double.NaN;
    }

    /** The sentence the screen shows, or the empty string when the lesson runs the calibrated population. */
    static String of(ModelParams s, Labels labels) {
        List<String> d = departures(s);
        return d.isEmpty() ? "" : labels.get("lesson.note", String.join(", ", d));
    }
}
