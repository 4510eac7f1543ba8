package org.lonelyloop.study;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.EsmParams;
import org.lonelyloop.output.RunOutput;
import org.lonelyloop.table.Csv;

/**
 * esm.csv: the scenario's experience-sampling study. A sample of the age frame, drawn on the first
 * day, reports its mood and minutes of passive and active use at the end of each sampled day.
 * Keeps no state but the sample, which is drawn again the same way after a resumed checkpoint.
 */
public final class EsmWriter implements RunOutput {
    public static final String FILE = "esm.csv";
    static final String HEADER = "id,occasion,day,age,mood,passiveMinutes,activeMinutes\n";

    private final EsmParams p;
    private final long key;
    private final BufferedWriter out;
    private int[] sample;

    public EsmWriter(Path file, boolean append, EsmParams p, long seed) throws IOException {
        this.p = p;
        this.key = Survey.key(seed, 0x45534DL);
        out = Csv.open(file, append, HEADER);
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

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
