package org.lonelyloop.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lonelyloop.model.event.LifeEvent;
import org.lonelyloop.model.event.LifeEvents;
import org.lonelyloop.model.intervention.Choices;
import org.lonelyloop.model.intervention.Intervention;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.submodel.Affect;
import org.lonelyloop.model.submodel.Circumstances;
import org.lonelyloop.model.submodel.ContactInitiation;
import org.lonelyloop.model.submodel.DailyUse;
import org.lonelyloop.model.submodel.DayStart;
import org.lonelyloop.model.submodel.Feed;
import org.lonelyloop.model.submodel.LonelinessDynamics;
import org.lonelyloop.model.submodel.Meetings;
import org.lonelyloop.model.submodel.Partnerships;
import org.lonelyloop.model.submodel.TieFormation;

/**
 * The day's plan: for each {@link Phase}, the processes that run in it and their order. Within a
 * phase, the core submodels that prepare its inputs run first (DayStart, Circumstances,
 * Partnerships, Feed), then the enabled pathways in the brief's order, then the interventions in
 * scenario order, the choices of agents played from outside, the life events, and last the core
 * submodels that consume what they added (DailyUse, ContactInitiation, Meetings, Affect,
 * LonelinessDynamics, TieFormation).
 *
 * <p>The core submodels are built once, with their sections of the world's scenario, which a branch
 * or a retuning never changes. Interventions and life events are built per scenario (each arm of a
 * comparison builds its own); pathways are read from the scenario as it stands, which the GUI's
 * switches change between days.
 */
final class DayPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<DailyProcess> coreBefore;
    private final List<DailyProcess> coreAfter;
    private final TieFormation tieFormation;
    private List<Intervention> interventions = new ArrayList<>();
    private List<LifeEvent> events = new ArrayList<>();
    /** What agents played from outside choose to do, once someone plays them; null until then. */
    private Choices choices;
    private Map<Phase, List<DailyProcess>> byPhase;

    DayPlan(ModelParams world) {
        coreBefore = List.of(new DayStart(), new Circumstances(world.loneliness(), world.population()),
                new Partnerships(world.partners()), new Feed());
        tieFormation = new TieFormation(world.contact(), world.networks().online().overlap());
        coreAfter = List.of(new DailyUse(world.population()), new ContactInitiation(world.contact()),
                new Meetings(world.contact()), new Affect(world.affect()),
                new LonelinessDynamics(world.loneliness()), tieFormation);
    }

    /**
     * Builds the interventions and life events of {@code s}, each keyed by its place in its list, in
     * place of any before.
     *
     * @return whether there are any (the state only they write then needs arrays of its own)
     */
    boolean act(ModelParams s) {
        interventions = new ArrayList<>();
        for (int k = 0; k < s.interventions().size(); k++) {
            interventions.add(s.interventions().get(k).build(k));
        }
        events = new ArrayList<>();
        for (int k = 0; k < s.events().size(); k++) {
            events.add(LifeEvents.build(s.events().get(k), k));
        }
        return !interventions.isEmpty() || !events.isEmpty();
    }

    /** Plans the days from {@code s}'s pathways, the interventions, the choices and the life events. */
    void arrange(ModelParams s) {
        Map<Phase, List<DailyProcess>> plan = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            plan.put(p, new ArrayList<>());
        }
        List<DailyProcess> chosen = choices == null ? List.of() : List.of(choices);
        List<? extends DailyProcess> pathways = s.pathways().build(s.loneliness().contactEffect());
        for (List<? extends DailyProcess> group : List.of(coreBefore, pathways, interventions, chosen, events,
                coreAfter)) {
            for (DailyProcess p : group) {
                for (Phase phase : p.phases()) {
                    plan.get(phase).add(p);
                }
            }
        }
        byPhase = plan;
    }

    /** Runs the processes of one phase in order, each timed by {@code clock} unless it is null. */
    void run(Phase phase, Day day, ProcessClock clock) {
        List<DailyProcess> processes = byPhase.get(phase);
        if (clock == null) {
            for (DailyProcess p : processes) {
                p.apply(phase, day);
            }
            return;
        }
        for (DailyProcess p : processes) {
            long t0 = System.nanoTime();
            p.apply(phase, day);
            clock.ran(p.getClass().getSimpleName(), phase, System.nanoTime() - t0);
        }
    }

    /** The running interventions, to add to (RuntimeChanges; {@link #arrange} again after). */
    List<Intervention> running() {
        return interventions;
    }

    List<Intervention> interventions() {
        return Collections.unmodifiableList(interventions);
    }

    List<LifeEvent> events() {
        return Collections.unmodifiableList(events);
    }

    Choices choices() {
        return choices;
    }

    void choices(Choices c) {
        choices = c;
    }

    /** Offline ties formed on the last day run. */
    int tiesFormedToday() {
        return tieFormation.formedToday();
    }
}
