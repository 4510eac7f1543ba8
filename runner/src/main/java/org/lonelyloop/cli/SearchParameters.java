package org.lonelyloop.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lonelyloop.experiment.JointCalibration;

/**
 * The --param values of a search (calibrate --joint, sensitivity), each KEY[=LOW..HIGH], read once
 * for both commands. A key given twice is refused: a search over it would write a log whose header
 * names the parameter twice, and resuming it would read the log wrongly.
 */
final class SearchParameters {
    private SearchParameters() {
    }

    static List<JointCalibration.Parameter> parse(List<String> texts) {
        List<JointCalibration.Parameter> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text : texts) {
            JointCalibration.Parameter p;
            try {
                p = JointCalibration.Parameter.parse(text);
            } catch (IllegalArgumentException e) {
                throw new UserError("--param " + e.getMessage(), Main.BAD_INPUT, e);
            }
            if (!seen.add(p.key())) {
                throw new UserError("--param " + p.key() + " is given twice", Main.BAD_INPUT);
            }
            out.add(p);
        }
        return out;
    }
}
