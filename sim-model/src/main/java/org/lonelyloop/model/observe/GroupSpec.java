package org.lonelyloop.model.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;
import org.lonelyloop.model.state.TargetGroup;

/**
 * A group of people a researcher follows through a run: chosen once, by what they were like on one
 * day, and kept (a cohort, as a panel study keeps its baseline groups even as people change). Every
 * recorded measure is also measured for its members and for its others, the rest of those it was
 * chosen among, so a prediction can contrast the two.
 *
 * @param name  how tables and predictions name it: a letter, then letters and digits
 * @param day   the recorded day on whose start members are chosen (0: the settled world before anything
 *              the scenario does); before it the group's measures are NA
 * @param among who is considered at all: members and others are both among these (default everyone)
 * @param who   what makes one of them a member; the same conditions as an intervention's target
 */
public record GroupSpec(
        @MayBeAbsent String name,
        @Range(min = 0, max = 73_000, unit = "days") Days day,
        TargetGroup among,
        TargetGroup who) implements CrossChecked, java.io.Serializable {

    /** What a measure of a group's others is named after: {@code anxious.others.meanLoneliness}. */
    public static final String OTHERS = "others";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** What an item of a {@code groups:} list is laid over: chosen at the start, among everyone. */
    public static GroupSpec defaults() {
        return new GroupSpec(null, Days.of(0), TargetGroup.everyone(), TargetGroup.everyone());
    }

    /** The qualified name of a measure of the members ({@code anxious.meanLoneliness}). */
    public String members(String measure) {
        return members(name, measure);
    }

    /** The qualified name of a measure of the others ({@code anxious.others.meanLoneliness}). */
    public String others(String measure) {
        return others(name, measure);
    }

    /** A measure of the members of the group named {@code group}: how every table names it. */
    public static String members(String group, String measure) {
        return group + "." + measure;
    }

    /** A measure of the others of the group named {@code group}. */
    public static String others(String group, String measure) {
        return group + "." + OTHERS + "." + measure;
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> v = new ArrayList<>();
        if (name == null || name.isBlank()) {
            v.add(new Violation("name", "is missing: name the group (a letter, then letters and digits), "
                    + "as predictions and tables will"));
        } else if (!NAME.matcher(name).matches()) {
            v.add(new Violation("name", "'" + name + "' is not a letter followed by letters and digits (a group's "
                    + "name begins its columns' names, as in anxious.meanLoneliness)"));
        } else if (name.equals(OTHERS)) {
            v.add(new Violation("name", "'others' names the rest of a group; choose another name"));
        }
        return v;
    }
}
