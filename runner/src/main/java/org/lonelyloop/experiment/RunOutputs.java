package org.lonelyloop.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.output.EventsWriter;
import org.lonelyloop.output.GroupsWriter;
import org.lonelyloop.output.LedgerWriter;
import org.lonelyloop.output.NetworkWriter;
import org.lonelyloop.output.RunOutput;
import org.lonelyloop.output.SnapshotWriter;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.study.EsmWriter;
import org.lonelyloop.study.PanelWriter;
import org.lonelyloop.study.SurveyWriter;

/** The outputs a run folder gets, listed once: a new output is one class and one line here. */
final class RunOutputs {
    /** The files a checkpoint seals and a resume cuts back to the checkpoint's day. */
    static final List<String> FILES = List.of(TimeSeriesWriter.FILE, LedgerWriter.FILE, EventsWriter.FILE,
            SnapshotWriter.FILE, NetworkWriter.TIES, GroupsWriter.FILE, PanelWriter.FILE, EsmWriter.FILE, SurveyWriter.FILE);

    private RunOutputs() {
    }

    /**
     * Opens the outputs of a run of {@code s} in {@code work}, continuing the files of an earlier part
     * of the run when {@code append}.
     */
    static List<RunOutput> open(Scenario s, long seed, Path work, boolean append) throws IOException {
        Set<Integer> snapshots = snapshotDays(s);
        List<RunOutput> outputs = new ArrayList<>();
        try {
            outputs.add(new TimeSeriesWriter(work.resolve(TimeSeriesWriter.FILE), append));
            outputs.add(new LedgerWriter(work.resolve(LedgerWriter.FILE), append));
            outputs.add(new EventsWriter(work.resolve(EventsWriter.FILE), append));
            if (!s.groups().isEmpty()) {
                outputs.add(new GroupsWriter(work.resolve(GroupsWriter.FILE), append, s.groups()));
            }
            if (!snapshots.isEmpty()) {
                outputs.add(new SnapshotWriter(work.resolve(SnapshotWriter.FILE), append, snapshots, s.groups()));
                outputs.add(new NetworkWriter(work, append, snapshots));
            }
            if (s.panel().enabled()) {
                outputs.add(new PanelWriter(work.resolve(PanelWriter.FILE), append, s.panel(), seed, s.duration().count()));
            }
            if (s.esm().enabled()) {
                outputs.add(new EsmWriter(work.resolve(EsmWriter.FILE), append, s.esm(), seed));
            }
            if (s.survey().enabled()) {
                outputs.add(new SurveyWriter(s.survey(), s.measures(), work));
            }
            return outputs;
        } catch (IOException | RuntimeException e) {
            closeAll(outputs, e);
            throw e;
        }
    }

    /** The snapshot days; a day at or past the end names the run's last recorded day. */
    static Set<Integer> snapshotDays(Scenario s) {
        Set<Integer> days = new HashSet<>();
        for (Days d : s.outputs().snapshots()) {
            days.add(Math.min(d.count(), s.duration().count() - 1));
        }
        return days;
    }

    /** Closes every output, last opened first; a failure is added to {@code pending}, or thrown once all are closed. */
    static void closeAll(List<RunOutput> outputs, Throwable pending) throws IOException {
        IOException first = null;
        for (int i = outputs.size() - 1; i >= 0; i--) {
            try {
                outputs.get(i).close();
            } catch (IOException e) {
                if (pending != null) {
                    pending.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
