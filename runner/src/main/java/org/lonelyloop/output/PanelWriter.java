package org.lonelyloop.output;

import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import org.lonelyloop.analysis.Instruments;
import org.lonelyloop.analysis.Survey;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.params.PanelParams;

/**
 * panel.csv: the scenario's virtual panel study, measured during the run. On the first wave's day
 * a sample of the age frame is drawn; at each wave every participant still in the panel answers:
 * the 6-item De Jong Gierveld scale (item noise), hours of active and passive use in the past week
 * (self-reported, log-normal error), and the social-anxiety and depression scales (noise); the
 * true values stand beside the answers. Participants may drop out before each later wave.
 *
 * <p>Every draw is keyed by (run seed, wave, agent), so the study never changes the run and a run
 * resumed from a checkpoint answers the same; the only state carried across days is the week of
 * use being remembered, which is saved with each checkpoint ({@link #save}).
 */
public final class PanelWriter implements AutoCloseable {
    public static final String FILE = "panel.csv";
    static final String HEADER = "id,wave,day,age,lonelinessScore,activeHours,passiveHours,socialAnxiety,depression,"
            + "trueLoneliness,trueActiveHours,truePassiveHours\n";
    private static final int WEEK = 7;

    private final PanelParams p;
    private final long key;
    private final int waves;
    private final BufferedWriter out;
    private int[] sample;
    /** Minutes of active and passive use of each sampled agent on each of the last seven days. */
    private float[][] active;
    private float[][] passive;

    public PanelWriter(Path file, boolean append, PanelParams p, long seed, int days) throws IOException {
        this.p = p;
        this.key = Survey.key(seed, 0x50414E454CL);
        this.waves = p.wavesWithin(days);
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, append
                ? new StandardOpenOption[] {StandardOpenOption.APPEND}
                : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING});
        if (!append) {
            out.write(HEADER);
        }
    }

    private SplittableRandom draw(int wave, int agent) {
        return Survey.draw(key, wave, agent);
    }

    /** Whether participant {@code agent} is still in the panel at {@code wave} (monotone dropout). */
    private boolean stays(int agent, int wave) {
        for (int w = 1; w <= wave; w++) {
            if (draw(w, agent).nextDouble() < p.attrition()) {
                return false;
            }
        }
        return true;
    }

    /** Records the day that just ran; on a wave's day, the participants answer. */
    public void afterDay(LonelyLoop model, int day) {
        if (waves == 0) {
            return;
        }
        if (sample == null) {
            sample = Survey.sample(model, p.size(), p.minAge(), p.maxAge(), key);
            active = new float[WEEK][sample.length];
            passive = new float[WEEK][sample.length];
        }
        int slot = Math.floorMod(day, WEEK);
        for (int k = 0; k < sample.length; k++) {
            AgentView a = model.agent(sample[k]);
            active[slot][k] = (float) a.getActiveMinutes();
            passive[slot][k] = (float) a.getPassiveMinutes();
        }
        int since = day - p.first().count();
        if (since < 0 || since % p.every().count() != 0 || since / p.every().count() >= waves) {
            return;
        }
        int wave = since / p.every().count();
        int remembered = Math.min(WEEK, day + 1);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < sample.length; k++) {
            int id = sample[k];
            if (!stays(id, wave)) {
                continue;
            }
            AgentView a = model.agent(id);
            double act = 0;
            double pas = 0;
            for (int d = 0; d < remembered; d++) {
                int s = Math.floorMod(day - d, WEEK);
                act += active[s][k];
                pas += passive[s][k];
            }
            // A week's hours: the remembered days scaled to seven.
            double trueActive = act / 60 * WEEK / remembered;
            double truePassive = pas / 60 * WEEK / remembered;
            SplittableRandom r = draw(wave, id);
            sb.append(id).append(',').append(wave).append(',').append(day).append(',')
                    .append(Csv.number(a.getAge())).append(',')
                    .append(Instruments.djgScore(a.getLoneliness(), r, p.itemNoise())).append(',')
                    .append(Csv.number(Instruments.selfReport(trueActive, r, p.reportingError()))).append(',')
                    .append(Csv.number(Instruments.selfReport(truePassive, r, p.reportingError()))).append(',')
                    .append(Csv.number(scale(a.getSocialAnxiety(), r))).append(',')
                    .append(Csv.number(scale(a.getDepression(), r))).append(',')
                    .append(Csv.number(a.getLoneliness())).append(',')
                    .append(Csv.number(trueActive)).append(',')
                    .append(Csv.number(truePassive)).append('\n');
        }
        try {
            out.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double scale(double trueValue, SplittableRandom r) {
        return Survey.scale(trueValue, r, p.scaleError());
    }

    /** Saves the remembered week (with a checkpoint). */
    public void save(OutputStream to) throws IOException {
        DataOutputStream d = new DataOutputStream(to);
        int n = sample == null ? -1 : sample.length;
        d.writeInt(n);
        for (int k = 0; k < Math.max(0, n); k++) {
            d.writeInt(sample[k]);
        }
        for (int s = 0; s < WEEK && n >= 0; s++) {
            for (int k = 0; k < n; k++) {
                d.writeFloat(active[s][k]);
                d.writeFloat(passive[s][k]);
            }
        }
        d.flush();
    }

    /** Restores what {@link #save} saved (when resuming). */
    public void restore(InputStream from) throws IOException {
        DataInputStream d = new DataInputStream(from);
        int n = d.readInt();
        if (n < 0) {
            return;
        }
        sample = new int[n];
        for (int k = 0; k < n; k++) {
            sample[k] = d.readInt();
        }
        active = new float[WEEK][n];
        passive = new float[WEEK][n];
        for (int s = 0; s < WEEK; s++) {
            for (int k = 0; k < n; k++) {
                active[s][k] = d.readFloat();
                passive[s][k] = d.readFloat();
            }
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
