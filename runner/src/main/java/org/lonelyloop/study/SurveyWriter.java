package org.lonelyloop.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.MeasureParams;
import org.lonelyloop.output.RunOutput;
import org.lonelyloop.scenario.SurveyParams;
import org.lonelyloop.table.Csv;

/**
 * survey.csv: the scenario's cross-sectional survey, one row per respondent, taken at the end of
 * its day: the De Jong Gierveld score (item noise), platforms, minutes of use, and the indicators
 * the studies' odds ratios use, classified by the scenario's {@code measures} cut-offs.
 */
public final class SurveyWriter implements RunOutput {
    public static final String FILE = "survey.csv";
    static final String HEADER = "id,day,age,lonelinessScore,stronglyLonely,platforms,useMinutes,activeMinutes,"
            + "passiveMinutes,nightMinutes,bedtimeUse,offlineTies,depression,depressed,socialAnxiety,anxious,sleepDebt,"
            + "sleepProblem,problematicUse\n";

    private final SurveyParams p;
    private final MeasureParams m;
    private final Path work;

    /** @param work the run folder survey.csv is written into on the survey's day */
    public SurveyWriter(SurveyParams p, MeasureParams m, Path work) {
        this.p = p;
        this.m = m;
        this.work = work;
    }

    /** Writes the survey if {@code day} is its day (a whole file at once: it is taken on one day). */
    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) throws IOException {
        if (day != p.day().count()) {
            return;
        }
        long key = Survey.key(model.seed(), 0x535552564559L);
        StringBuilder sb = new StringBuilder(HEADER);
        for (int id : Survey.sample(model, p.size(), p.minAge(), p.maxAge(), key)) {
            AgentView a = model.agent(id);
            SplittableRandom r = Survey.draw(key, 0, id);
            int score = Instruments.djgScore(a, r, Instruments.ITEM_NOISE);
            sb.append(id).append(',').append(day).append(',').append(Csv.number(a.getAge())).append(',').append(score)
                    .append(',').append(score >= 5 ? 1 : 0).append(',').append(a.getPlatforms()).append(',')
                    .append(Csv.number(a.getUseMinutes())).append(',').append(Csv.number(a.getActiveMinutes())).append(',')
                    .append(Csv.number(a.getPassiveMinutes())).append(',').append(Csv.number(a.getNightMinutes()))
                    .append(',').append(a.getNightMinutes() >= m.bedtimeUseMinutes() ? 1 : 0).append(',')
                    .append(a.getOfflineTies()).append(',').append(Csv.number(a.getDepression())).append(',')
                    .append(a.getDepression() >= m.depressedCutoff() ? 1 : 0).append(',')
                    .append(Csv.number(a.getSocialAnxiety())).append(',')
                    .append(a.getSocialAnxiety() >= m.anxiousCutoff() ? 1 : 0).append(',')
                    .append(Csv.number(a.getSleepDebt())).append(',')
                    .append(a.getSleepDebt() >= m.sleepProblemHours() ? 1 : 0).append(',')
                    .append(a.getProblematicUse() ? 1 : 0).append('\n');
        }
        Csv.writeAtomically(work.resolve(FILE), sb.toString());
    }
}
