package org.lonelyloop.model.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.Probe;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Each intervention moves the behaviour it targets in the documented direction: its participants,
 * measured on the last day, against the same agents in a run without it (same seed: common random
 * numbers, so the difference is the intervention's).
 */
class InterventionEffectsTest {
    private static final ModelParams BASE = TestScenarios.small(2000, 56);

    private record Case(String name, InterventionSpec intervention, String[] population,
            ToDoubleBiFunction<Probe, Integer> measure, int sign) {
        Case(String name, InterventionSpec intervention, ToDoubleBiFunction<Probe, Integer> measure, int sign) {
            this(name, intervention, new String[0], measure, sign);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A run with the intervention (none when null) in a population set as {@code population} says. */
    private static LonelyLoop run(InterventionSpec intervention, String... population) {
        ModelParams s = TestScenarios.with(BASE, population);
        return TestScenarios.run(intervention == null ? s : s.withInterventions(List.of(intervention)), 21, 2);
    }

    private static InterventionSpec iv(String type, Object... settings) {
        return TestScenarios.intervention(type, settings);
    }

    private static double use(Probe p, int i) {
        return p.population().useMinutes[i];
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("usage-cap", iv("usage-cap", "limits", "45m"),
                        InterventionEffectsTest::use, -1),
                new Case("phone-off", iv("phone-off", "windows", "22:00-07:00"),
                        (p, i) -> p.population().nightMinutes[i], -1),
                new Case("fewer-platforms", iv("fewer-platforms", "keep", 1.0),
                        InterventionEffectsTest::use, -1),
                new Case("computer-only", iv("computer-only"),
                        (p, i) -> p.population().habit[i], -1),
                new Case("mindful-use", iv("mindful-use", "pause", 0.8,
                        "target.lonelinessScoreAtLeast", 4.0), InterventionEffectsTest::use, -1),
                new Case("curate-feed", iv("curate-feed", "curation", 0.8),
                        (p, i) -> p.ledger().loneliness(LonelinessSource.COMPARISON)[i], -1),
                new Case("offline-investment", iv("offline-investment", "initiative", 0.5),
                        (p, i) -> p.population().contactFactor[i], +1),
                new Case("hobby", iv("hobby"), InterventionEffectsTest::use, -1),
                new Case("therapy", iv("therapy", "placesPer1000", 200.0, "course", "4w",
                        "coverage", 1.0, "anxietyReduction", 0.3), (p, i) -> p.population().socialAnxiety[i], -1),
                new Case("support-community", iv("support-community"),
                        (p, i) -> p.population().support[i], +1),
                new Case("parental-guidance", iv("parental-guidance", "limit", "1h"),
                    new String[] {"population.minAge=12", "population.maxAge=18"}, InterventionEffectsTest::use, -1),
                new Case("deactivation", iv("deactivation"),
                        InterventionEffectsTest::use, -1))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void movesItsTargetBehaviourTheDocumentedWay(Case c) {
        LonelyLoop treated = run(c.intervention(), c.population());
        int[] who = treated.interventions().get(0).participants();
        assertTrue(who.length > 50, c.name() + " reaches people: " + who.length);
        LonelyLoop control = run(null, c.population());
        Probe t = new Probe(treated);
        Probe u = new Probe(control);
        double with = 0;
        double without = 0;
        for (int i : who) {
            with += c.measure().applyAsDouble(t, i);
            without += c.measure().applyAsDouble(u, i);
        }
        assertTrue(c.sign() * (with - without) > 0, c.name() + ": " + without / who.length + " -> " + with / who.length);
    }

    @Test
    void noAdherentParticipantExceedsTheCurrentStepOfAUsageCap() {
        LonelyLoop m = run(iv("usage-cap", "limits", "90m, 60m, 30m", "stepEvery", "2w", "adherence", 1.0));
        UsageCap cap = (UsageCap) m.interventions().get(0);
        Population pop = new Probe(m).population();
        double limit = cap.limitAfter(55);
        assertEquals(30, limit);
        for (int i : cap.participants()) {
            assertTrue(pop.useMinutes[i] <= limit + 1e-3, "agent " + i + " used " + pop.useMinutes[i]);
        }
    }

    @Test
    void phoneOffAtNightRemovesAllNightUseAndAWeeklyWindowOnlyItsDay() {
        PhoneOff night = (PhoneOff) PhoneOff.Params.defaults().build(0);
        assertEquals(1.0, night.blockedOn(3)[0], 1e-12, "22:00-07:00 covers the whole night window");
        PhoneOff sunday = (PhoneOff) new PhoneOff.Params(TargetGroup.everyone(), org.lonelyloop.model.params.Days.of(0),
                null, 1, 1, java.util.List.of("sun 14:00-18:00")).build(0);
        assertEquals(0, sunday.blockedOn(0)[1], 1e-12, "nothing on a Monday");
        assertTrue(sunday.blockedOn(6)[1] > 0.1, "a Sunday afternoon removes daytime use");
    }

    @Test
    void therapyHasAWaitingListWhenPlacesAreFew() {
        LonelyLoop m = run(iv("therapy", "placesPer1000", 2.0, "course", "8w", "coverage", 1.0));
        Therapy t = (Therapy) m.interventions().get(0);
        assertTrue(t.waiting() > 0, "more candidates than places leaves people waiting");
        assertTrue(t.participants().length > t.waiting(), "some got a place");
    }
}
