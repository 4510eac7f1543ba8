package org.lonelyloop.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.output.CsvFileOutput;
import org.lonelyloop.scenario.EsmParams;
import org.lonelyloop.table.Csv;

/**
 * esm.csv: the scenario's experience-sampling study. A sample of the age frame, drawn on the first
 * day, reports its mood and minutes of passive and active use at the end of each sampled day.
 * Keeps no state but the sample, which is drawn again the same way after a resumed checkpoint.
 */
public final class EsmWriter extends CsvFileOutput {
    public static final String FILE = "esm.csv";
    static final String HEADER = "id,occasion,day,age,mood,passiveMinutes,activeMinutes\n";

    private final EsmParams p;
    private final long key;
    private int[] sample;

    public EsmWriter(Path file, boolean append, EsmParams p, long seed) throws IOException {
        super(file, append, HEADER);
        this.p = p;
        this.key = Survey.key(seed, 0x45534DL);
    }

    /** Records the day that just ran, if it is a sampled day. */
    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) {
        int occasion = day - p.first().count();
        if (occasion < 0 || occasion >= p.days()) {
            return;
        }
        if (sample == null) {
            // Ages do not change during a run, so the sample is the same whenever it is drawn.
            sample = Survey.sample(model, p.size(), p.minAge(), p.maxAge(), key);
        }
        StringBuilder sb = new StringBuilder();
        for (int id : sample) {
            AgentView a = model.agent(id);
            sb.append(id).append(',').append(occasion).append(',').append(day).append(',').append(Csv.number(a.getAge()))
                    .append(',').append(Csv.number(a.getMood())).append(',').append(Csv.number(a.getPassiveMinutes()))
                    .append(',').append(Csv.number(a.getActiveMinutes())).append('\n');
        }
        try {
            out.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
