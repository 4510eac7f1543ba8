package org.lonelyloop.model.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.observe.Column;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Days;

/**
 * An intervention offered but never kept to (the comparison arm 'without-interventions') leaves the
 * world exactly as it is without the intervention, and marks the same participants as the real
 * one: participant measures then compare the same people in both arms.
 */
class OfferedOnlyTest {
    /** The measures that only count who was offered: the one thing an offered-only intervention adds. */
    private static final Set<String> BOOKKEEPING = Set.of("shareParticipants", "meanLonelinessParticipants",
            "meanUseMinutesParticipants", "meanLonelinessOthers", "meanUseMinutesOthers");

    static Stream<String> types() {
        return InterventionTypes.all().keySet().stream();
    }

    private static List<DayRecord> run(ModelParams s) {
        LonelyLoop m = LonelyLoop.create(s, 5, 2);
        List<DayRecord> out = new ArrayList<>();
        m.addObserver(out::add);
        m.start();
        TestScenarios.runToEnd(m);
        m.finish();
        return out;
    }

    @ParameterizedTest
    @MethodSource("types")
    void anInterventionNobodyKeepsToChangesNothingButWhoIsMarked(String type) {
        ModelParams base = TestScenarios.with(TestScenarios.small(600, 40), "burnIn=30d");
        InterventionSpec real = InterventionTypes.retimed(InterventionTypes.defaults(type), Days.of(10), null);
        ModelParams with = base.withInterventions(List.of(real));
        List<DayRecord> without = run(base);
        List<DayRecord> offered = run(base.withInterventions(List.of(InterventionTypes.offeredOnly(real))));
        List<DayRecord> kept = run(with);
        List<Column> columns = DailyMetrics.columns();
        int participants = columns.indexOf(columns.stream().filter(c -> c.name().equals("shareParticipants"))
                .findFirst().orElseThrow());
        for (int d = 0; d < without.size(); d++) {
            for (int c = 0; c < columns.size(); c++) {
                if (!BOOKKEEPING.contains(columns.get(c).name())) {
                    assertEquals(without.get(d).value(c), offered.get(d).value(c),
                            type + ": " + columns.get(c).name() + " on day " + d);
                }
            }
            assertEquals(kept.get(d).value(participants), offered.get(d).value(participants),
                    type + ": the same share offered on day " + d);
        }
        assertTrue(offered.get(without.size() - 1).value(participants) > 0, type + " reached nobody");
    }
}
