package org.lonelyloop.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.model.observe.Groups;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.table.Csv;

/**
 * agents.csv: every agent's state on the snapshot days the scenario lists (outputs.snapshots), and,
 * for a scenario with groups, a column per group ({@code group.anxious}): 1 for its members, 0 for
 * its others, NA for those it was not chosen among or before its day.
 */
public final class SnapshotWriter extends CsvFileOutput {
    public static final String FILE = "agents.csv";
    static final String HEADER = "day,id,age,ageGroup,loneliness,lonelinessScore,socialAnxiety,depression,selfEsteem,mood,"
            + "useMinutes,activeMinutes,passiveMinutes,nightMinutes,platforms,habit,dependence,problematicUse,fomo,"
            + "sleepDebt,offlineTies,offlineStrength,onlineTies,contactsToday,participant,loopGain,emotionalLoneliness,"
            + "socialLoneliness,relationship,partnerCloseness,closestTie,confidant,intimacy\n";

    /** What a group's column is named after: {@code group.anxious}. */
    public static final String GROUP = "group.";

    private final Set<Integer> days;
    private final int groups;

    /**
     * @param days   the snapshot days (the run's recorded days, from 0)
     * @param groups the scenario's groups, a column each
     */
    public SnapshotWriter(Path file, boolean append, Set<Integer> days, List<GroupSpec> groups) throws IOException {
        super(file, append, header(groups));
        this.days = Set.copyOf(days);
        this.groups = groups.size();
    }

    private static String header(List<GroupSpec> groups) {
        StringBuilder b = new StringBuilder(HEADER.substring(0, HEADER.length() - 1));
        for (GroupSpec g : groups) {
            b.append(',').append(GROUP).append(g.name());
        }
        return b.append('\n').toString();
    }

    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) {
        if (days.contains(day)) {
            write(model, day);
        }
    }

    public void write(LonelyLoop model, int day) {
        try {
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < model.populationSize(); i++) {
                AgentView a = model.agent(i);
                sb.setLength(0);
                sb.append(day).append(',').append(i).append(',').append(Csv.number(a.getAge())).append(',')
                        .append(a.getAgeGroup()).append(',').append(Csv.number(a.getLoneliness())).append(',')
                        .append(a.getLonelinessScore()).append(',').append(Csv.number(a.getSocialAnxiety())).append(',')
                        .append(Csv.number(a.getDepression())).append(',').append(Csv.number(a.getSelfEsteem())).append(',')
                        .append(Csv.number(a.getMood())).append(',').append(Csv.number(a.getUseMinutes())).append(',')
                        .append(Csv.number(a.getActiveMinutes())).append(',').append(Csv.number(a.getPassiveMinutes()))
                        .append(',').append(Csv.number(a.getNightMinutes())).append(',').append(a.getPlatforms())
                        .append(',').append(Csv.number(a.getHabit())).append(',').append(Csv.number(a.getDependence()))
                        .append(',').append(a.getProblematicUse() ? 1 : 0).append(',').append(Csv.number(a.getFomo()))
                        .append(',').append(Csv.number(a.getSleepDebt())).append(',').append(a.getOfflineTies())
                        .append(',').append(Csv.number(a.getOfflineStrength())).append(',').append(a.getOnlineTies())
                        .append(',').append(a.getContactsToday()).append(',').append(a.getParticipant() ? 1 : 0)
                        .append(',').append(Csv.number(a.getLoopGain()))
                        .append(',').append(Csv.number(a.getEmotionalLoneliness()))
                        .append(',').append(Csv.number(a.getSocialLoneliness()))
                        .append(',').append(a.getPartnered() ? 2 : a.getDating() ? 1 : 0)
                        .append(',').append(Csv.number(a.getPartnerCloseness()))
                        .append(',').append(Csv.number(a.getCloseness()))
                        .append(',').append(a.getConfidant())
                        .append(',').append(Csv.number(a.getIntimacy()));
                for (int g = 0; g < groups; g++) {
                    byte place = model.groups().placeOf(g, i);
                    sb.append(',').append(place == Groups.MEMBER ? "1" : place == Groups.OTHER ? "0" : "NA");
                }
                sb.append('\n');
                out.write(sb.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }
}
