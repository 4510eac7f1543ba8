package org.lonelyloop.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.lonelyloop.model.LastDay;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.event.LifeEvent;
import org.lonelyloop.model.intervention.Intervention;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.state.PartnerChange;
import org.lonelyloop.table.Csv;

/**
 * events.csv: what happened on each day besides the daily measures: offline ties formed and lost,
 * partnerships ended by a death or a separation, couples moving in together and relationships begun
 * (counts per day), interventions started (with their number of participants) and ended, and the
 * scenario's life events (whom they happened to, the ties a move or loss ended, a lockdown's end).
 */
public final class EventsWriter extends CsvFileOutput {
    public static final String FILE = "events.csv";
    static final String HEADER = "day,event,count,detail\n";

    public EventsWriter(Path file, boolean append) throws IOException {
        super(file, append, HEADER);
    }

    /** Records the day that just ran (call from an observer or after each day). */
    public void record(LonelyLoop model, int day) {
        StringBuilder sb = new StringBuilder();
        sb.append(day).append(",tiesFormed,").append(LastDay.of(model).tiesFormed()).append(",\n");
        sb.append(day).append(",tiesLost,").append(LastDay.of(model).tiesLost()).append(",\n");
        sb.append(day).append(",partnerDied,").append(model.partnerChanges().count(day, PartnerChange.Kind.WIDOWHOOD)).append(",\n");
        sb.append(day).append(",separated,").append(model.partnerChanges().count(day, PartnerChange.Kind.SEPARATION)).append(",\n");
        sb.append(day).append(",partnered,").append(model.partnerChanges().count(day, PartnerChange.Kind.PARTNERING)).append(",\n");
        sb.append(day).append(",relationshipBegan,").append(model.partnerChanges().count(day, PartnerChange.Kind.RELATIONSHIP))
                .append(",\n");
        int k = 0;
        for (Intervention iv : model.interventions()) {
            String detail = Csv.text(InterventionTypes.nameOf(iv.spec()) + " #" + k);
            if (iv.activeOn(day) && !iv.activeOn(day - 1)) {
                int[] who = iv.participants();
                sb.append(day).append(",interventionStarted,").append(who == null ? 0 : who.length).append(',')
                        .append(detail).append('\n');
            }
            if (!iv.activeOn(day) && iv.activeOn(day - 1)) {
                sb.append(day).append(",interventionEnded,0,").append(detail).append('\n');
            }
            k++;
        }
        k = 0;
        for (LifeEvent e : model.events()) {
            String detail = Csv.text(e.spec().type() + " #" + k + (e.spec().agent() >= 0 ? " agent " + e.spec().agent() : ""));
            if (e.beginsOn(day)) {
                int[] who = e.affected();
                sb.append(day).append(",lifeEvent,").append(who == null ? 0 : who.length).append(',').append(detail)
                        .append('\n');
                if (!e.spec().type().lasts()) {
                    sb.append(day).append(",lifeEventTiesEnded,").append(e.tiesEnded()).append(',').append(detail)
                            .append('\n');
                }
            }
            if (e.endedOn(day)) {
                sb.append(day).append(",lifeEventEnded,0,").append(detail).append('\n');
            }
            k++;
        }
        try {
            out.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) {
        record(model, day);
    }
}
