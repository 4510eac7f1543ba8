package org.lonelyloop.study;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.event.LifeEvent;
import org.lonelyloop.model.event.LifeEventSpec;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.state.PartnerChange;
import org.lonelyloop.output.CsvFileOutput;
import org.lonelyloop.scenario.PanelParams;
import org.lonelyloop.table.Csv;

/**
 * panel.csv: the scenario's virtual panel study, measured during the run. On the first wave's day
 * a sample of the age frame is drawn; at each wave every participant still in the panel answers:
 * the 6-item De Jong Gierveld scale (item noise), hours of active and passive use in the past week
 * (self-reported, log-normal error), and the social-anxiety and depression scales (noise); the
 * true values stand beside the answers. Participants may drop out before each later wave.
 * As household panels ask, each wave also records whether the participant lives with a partner
 * and which events of a life happened since the previous wave (a partner's death, a separation, a
 * new partner, a move, the loss of the closest friend): what {@code analyze events} follows people
 * from, as matched event studies of the LISS panel do.
 *
 * <p>Every draw is keyed by (run seed, wave, agent), so the study never changes the run and a run
 * resumed from a checkpoint answers the same; the only state carried across days is the week of
 * use being remembered and the events since the last wave, saved with each checkpoint ({@link #save}).
 */
public final class PanelWriter extends CsvFileOutput {
    public static final String FILE = "panel.csv";
    static final String HEADER = "id,wave,day,age,lonelinessScore,activeHours,passiveHours,socialAnxiety,depression,"
            + "trueLoneliness,trueActiveHours,truePassiveHours,partnered,events\n";
    /** The events a wave records, in the order the events column names them (a bit each). */
    public static final List<String> EVENTS = List.of("widowhood", "separation", "partnering", "move", "loss");
    private static final int WEEK = 7;

    private final PanelParams p;
    private final long key;
    private final int waves;
    /** The sample and its last seven days of use (null until the first day). */
    private Instruments.WeekOfUse week;
    private int[] sample;
    /** Per participant, the events since the previous wave (bit k: {@link #EVENTS} k). */
    private byte[] since;

    public PanelWriter(Path file, boolean append, PanelParams p, long seed, int days) throws IOException {
        super(file, append, HEADER);
        this.p = p;
        this.key = Survey.key(seed, 0x50414E454CL);
        this.waves = p.wavesWithin(days);
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
    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) {
        if (waves == 0) {
            return;
        }
        if (week == null) {
            week = new Instruments.WeekOfUse(Survey.sample(model, p.size(), p.minAge(), p.maxAge(), key));
            sample = week.ids();
            since = new byte[sample.length];
        }
        week.record(model, day);
        noteEvents(model, day);
        int sinceFirst = day - p.first().count();
        if (sinceFirst < 0 || sinceFirst % p.every().count() != 0 || sinceFirst / p.every().count() >= waves) {
            return;
        }
        int wave = sinceFirst / p.every().count();
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < sample.length; k++) {
            int id = sample[k];
            if (!stays(id, wave)) {
                continue;
            }
            AgentView a = model.agent(id);
            // A week's hours: the days remembered so far (at most seven), scaled to seven.
            double trueActive = week.activeHours(k) * WEEK;
            double truePassive = week.passiveHours(k) * WEEK;
            SplittableRandom r = draw(wave, id);
            sb.append(id).append(',').append(wave).append(',').append(day).append(',')
                    .append(Csv.number(a.getAge())).append(',')
                    .append(Instruments.djgScore(a, r, p.itemNoise())).append(',')
                    .append(Csv.number(Instruments.selfReport(trueActive, r, p.reportingError()))).append(',')
                    .append(Csv.number(Instruments.selfReport(truePassive, r, p.reportingError()))).append(',')
                    .append(Csv.number(scale(a.getSocialAnxiety(), r))).append(',')
                    .append(Csv.number(scale(a.getDepression(), r))).append(',')
                    .append(Csv.number(a.getLoneliness())).append(',')
                    .append(Csv.number(trueActive)).append(',')
                    .append(Csv.number(truePassive)).append(',')
                    .append(a.getPartnered() ? 1 : 0).append(',')
                    .append(events(since[k])).append('\n');
        }
        java.util.Arrays.fill(since, (byte) 0);
        try {
            out.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks the day's partnerships ended or begun and scripted moves and losses of the participants. */
    private void noteEvents(LonelyLoop model, int day) {
        for (PartnerChange c : model.partnerChanges().on(day)) {
            mark(c.agent(), c.kind().key);
        }
        for (LifeEvent e : model.events()) {
            LifeEventSpec.Kind kind = e.spec().type();
            if ((kind == LifeEventSpec.Kind.move || kind == LifeEventSpec.Kind.loss) && e.beginsOn(day)
                    && e.affected() != null) {
                for (int i : e.affected()) {
                    mark(i, kind.name());
                }
            }
        }
    }

    private void mark(int agent, String event) {
        int k = java.util.Arrays.binarySearch(sample, agent);
        // A relationship lived apart is not a household event; a panel sees it only once they move in.
        if (k >= 0 && EVENTS.contains(event)) {
            since[k] |= (byte) (1 << EVENTS.indexOf(event));
        }
    }

    /** The events column: the events of these bits joined by ';', empty for none. */
    static String events(byte bits) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < EVENTS.size(); k++) {
            if ((bits & (1 << k)) != 0) {
                sb.append(sb.length() == 0 ? "" : ";").append(EVENTS.get(k));
            }
        }
        return sb.toString();
    }

    private double scale(double trueValue, SplittableRandom r) {
        return Survey.scale(trueValue, r, p.scaleError());
    }

    /** The side file beside a checkpoint that holds the remembered week and the events since the last wave. */
    @Override
    public String checkpointState() {
        return "panel";
    }

    /** Saves the remembered week and the events since the last wave (with a checkpoint). */
    @Override
    public void save(OutputStream to) throws IOException {
        DataOutputStream d = new DataOutputStream(to);
        d.writeBoolean(week != null);
        if (week != null) {
            week.save(d);
            d.write(since);
        }
        d.flush();
    }

    /** Restores what {@link #save} saved (when resuming). */
    @Override
    public void restore(InputStream from) throws IOException {
        DataInputStream d = new DataInputStream(from);
        if (d.readBoolean()) {
            week = Instruments.WeekOfUse.restore(d);
            sample = week.ids();
            since = new byte[sample.length];
            d.readFully(since);
        }
    }
}
