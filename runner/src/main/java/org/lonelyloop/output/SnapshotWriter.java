package org.lonelyloop.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.table.Csv;

/** agents.csv: every agent's state on the snapshot days the scenario lists (outputs.snapshots). */
public final class SnapshotWriter extends CsvFileOutput {
    public static final String FILE = "agents.csv";
    static final String HEADER = "day,id,age,ageGroup,loneliness,lonelinessScore,socialAnxiety,depression,selfEsteem,mood,"
            + "useMinutes,activeMinutes,passiveMinutes,nightMinutes,platforms,habit,dependence,problematicUse,fomo,"
            + "sleepDebt,offlineTies,offlineStrength,onlineTies,contactsToday,participant,loopGain,emotionalLoneliness,"
            + "socialLoneliness,relationship,partnerCloseness,closestTie,confidant,intimacy\n";

    private final Set<Integer> days;

    /** @param days the snapshot days (the run's recorded days, from 0) */
    public SnapshotWriter(Path file, boolean append, Set<Integer> days) throws IOException {
        super(file, append, HEADER);
        this.days = Set.copyOf(days);
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
                        .append(',').append(Csv.number(a.getIntimacy()))
                        .append('\n');
                out.write(sb.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }
}
