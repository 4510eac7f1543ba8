package org.lonelyloop.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lonelyloop.model.intervention.Choices;
import org.lonelyloop.model.intervention.Intervention;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.OnlineNetworkGenerator;
import org.lonelyloop.model.network.Ring;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.observe.Ledger;
import org.lonelyloop.model.params.Bounds;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.pathway.Pathway;
import org.lonelyloop.model.pathway.PathwayParams;
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
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The LonelyLoop model: a population whose loneliness, social-media use and face-to-face ties
 * feed each other, one simulated day per schedule step.
 *
 * <p>Each day runs the {@link Phase}s in order, one Steppable per phase on MASON's schedule
 * (ordering = phase ordinal): BEGIN, USE, CONTACT, MEET, ONLINE, AFFECT, LONELINESS, NETWORK,
 * OBSERVE. Within a phase, core submodels that prepare inputs run first (DayStart, Feed), then the
 * enabled pathways in the brief's order, then the interventions in scenario order, then the core
 * submodel that consumes what they added.
 *
 * <p>Build one with {@link #create}, call {@link #start()}, then step the schedule; never
 * {@code doLoop}, which exits the JVM. Same scenario and seed give the same results for any thread
 * count.
 */
public final class LonelyLoop extends SimState {
    private static final long serialVersionUID = 2L;

    /** The scenario as it stands: the GUI's sliders and switches change it between days. */
    private Scenario scenario;
    /** The loop gain's constants, worked out once per scenario rather than per agent read (GUI, snapshots). */
    private transient volatile ScenarioGain loopGain;

    private record ScenarioGain(Scenario scenario, org.lonelyloop.model.observe.LoopGain gain) {
    }
    private int threads;

    private Population population;
    private TieGraph offline;
    private OnlineGraph online;
    private Ledger ledger;
    private Ring ring;
    private Map<Phase, List<DailyProcess>> processes;
    private LonelinessDynamics lonelinessDynamics;
    private TieFormation tieFormation;
    private List<DailyProcess> coreBefore;
    private List<DailyProcess> coreAfter;
    private List<Intervention> interventions;
    private List<org.lonelyloop.model.event.LifeEvent> events;
    /** What agents played from outside choose to do, once someone plays them ({@link #choices()}). */
    private Choices choices;
    /** The scenario's groups and who is in them; null in a checkpoint written before groups existed. */
    private org.lonelyloop.model.observe.Groups groups;
    private int day;
    /** A cache of the last measured day; measured again on demand after a checkpoint is read. */
    private transient DayRecord latest;

    private transient Workers workers;
    private transient Day context;
    private transient List<Consumer<DayRecord>> observers;
    private transient java.util.function.IntConsumer dayListener;
    private final PartnerChanges partnerChanges = new PartnerChanges();

    private LonelyLoop(Scenario scenario, long seed, int threads) {
        super(seed);
        this.scenario = scenario;
        this.threads = threads;
    }

    /** A model of the scenario with its own seed, using all available cores. */
    public static LonelyLoop create(Scenario scenario) {
        return create(scenario, scenario.seed(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * A model of the scenario.
     *
     * @throws IllegalArgumentException listing every parameter out of bounds
     */
    public static LonelyLoop create(Scenario scenario, long seed, int threads) {
        Bounds.require(scenario);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return new LonelyLoop(scenario.withSeed(seed), seed, threads);
    }

    /** Builds the population and networks, runs the burn-in and schedules the daily phases. */
    @Override
    public void start() {
        begin();
        while (inBurnIn()) {
            stepBurnInDay();
        }
    }

    /**
     * Builds the population and networks and stands at the first day of the burn-in, which {@link
     * #stepBurnInDay} then runs a day at a time: a run of the whole country spends hours in its
     * burn-in, and can save a checkpoint between any two of its days. {@link #start} is both.
     */
    public void begin() {
        super.start();
        long s = seed();
        population = new Population(scenario.population().size());
        new PopulationSampler(scenario, s).populate(population, workers());
        Circumstances.initialise(population, scenario.loneliness(), scenario.population(), s);
        offline = new TieGraph(population.size, scenario.networks().offline().capacity(),
                scenario.networks().offline().meanDegree());
        ring = new Ring(PopulationSampler.offlineNetwork(population, offline, scenario.networks().offline(), s,
                random));
        // The ties a run starts from are dated to the first day of the burn-in: their age is a lower bound.
        offline.markFormed(-scenario.burnIn().count());
        online = new OnlineNetworkGenerator(scenario.networks().online().overlap(),
                scenario.networks().online().strangerTies()).generate(offline, random);
        if (population.size >= scenario.networks().offline().localityFrom()) {
            numberAlongTheRing();
        }
        // Contact is sought in proportion to the ties one has (ContactInitiation); on the first day they
        // are the starting network's.
        for (int i = 0; i < population.size; i++) {
            float sum = 0;
            for (int k = 0; k < offline.degree(i); k++) {
                sum += offline.strength(i, k);
            }
            population.tieStrength[i] = sum;
        }
        ledger = new Ledger(population.size);
        lonelinessDynamics = new LonelinessDynamics(scenario.loneliness());
        groups = new org.lonelyloop.model.observe.Groups(scenario.groups());
        buildInterventionsAndEvents();
        // A model started again is played by no one until someone plays it again.
        choices = null;
        coreBefore = null;
        processes = arrange(pathways(), interventions);
        latest = null;

        day = -scenario.burnIn().count();
        if (day == 0) {
            endBurnIn();
        }
    }

    /** Whether the model is built and days of its burn-in remain ({@link #begin}). */
    public boolean inBurnIn() {
        return population != null && day < 0;
    }

    /** Days of the burn-in run so far (all of it once recording has begun). */
    public int burnInDaysDone() {
        return scenario.burnIn().count() + Math.min(day, 0);
    }

    /** Runs one day of the burn-in, and ends the burn-in after its last day. */
    public void stepBurnInDay() {
        if (!inBurnIn()) {
            throw new IllegalStateException("not in the burn-in (day " + day + ")");
        }
        // The OBSERVE phase moves the day on and tells the listener, in the burn-in as after it.
        for (Phase phase : Phase.values()) {
            runPhase(phase);
        }
        if (day == 0) {
            endBurnIn();
        }
    }

    private void endBurnIn() {
        for (Phase phase : Phase.values()) {
            schedule.scheduleRepeating(0.0, phase.ordinal(), new PhaseStep(phase), 1.0);
        }
    }

    /**
     * Renumbers every agent by its place on the ring of settings, where ties are formed: afterwards
     * an agent's ties are mostly to agents with nearby numbers, so the meeting step's reads of a
     * neighbour's state come from memory already in cache instead of anywhere in the heap. Done
     * before anything holds agent numbers but the two networks.
     */
    private void numberAlongTheRing() {
        int[] order = ring.order();
        int[] place = ring.places();
        population.renumber(order);
        offline.renumber(order, place);
        online = online.renumbered(order, place);
        ring = Ring.numbered(population.size);
    }

    /**
     * The day's plan: for each phase, the core submodels that prepare its inputs, then the enabled
     * pathways in the brief's order, then the interventions, then the life events, then the core submodels that consume
     * what they added.
     */
    private Map<Phase, List<DailyProcess>> arrange(List<Pathway> pathways, List<Intervention> active) {
        Map<Phase, List<DailyProcess>> byPhase = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            byPhase.put(p, new ArrayList<>());
        }
        if (coreBefore == null) {
            coreBefore = List.of(new DayStart(), new Circumstances(scenario.loneliness(), scenario.population()),
                    new Partnerships(scenario.partners()), new Feed());
            tieFormation = new TieFormation(scenario.contact(), scenario.networks().online().overlap());
            coreAfter = List.of(new DailyUse(scenario.population()), new ContactInitiation(scenario.contact()),
                    new Meetings(scenario.contact()), new Affect(scenario.affect()),
                    lonelinessDynamics, tieFormation);
        }
        List<DailyProcess> chosen = choices == null ? List.of() : List.of(choices);
        for (List<? extends DailyProcess> group : List.of(coreBefore, pathways, active, chosen, events, coreAfter)) {
            for (DailyProcess p : group) {
                for (Phase phase : p.phases()) {
                    byPhase.get(phase).add(p);
                }
            }
        }
        return byPhase;
    }

    private void runPhase(Phase phase) {
        if (phase == Phase.OBSERVE) {
            observe();
            return;
        }
        if (phase == Phase.BEGIN && day >= 0) {
            groups().chooseDue(day, population, offline, online, scenario.measures().problematicUseCutoff());
        }
        Day d = context();
        for (DailyProcess p : processes.get(phase)) {
            p.apply(phase, d);
        }
    }

    private void observe() {
        if (day >= 0) {
            int every = scenario.outputs().every().count();
            boolean last = day == scenario.duration().count() - 1;
            if ((day % every == 0 || last) && !observers().isEmpty()) {
                latest = DailyMetrics.measure(day, scenario, population, offline, ledger, workers(), groups());
                for (Consumer<DayRecord> o : observers()) {
                    o.accept(latest);
                }
            }
        }
        day++;
        if (dayListener != null) {
            dayListener.accept(day + scenario.burnIn().count());
        }
    }

    /** Runs one simulated day; returns false when the schedule has nothing left (never, in practice). */
    public boolean stepDay() {
        return schedule.step(this);
    }

    /** Runs until the scenario's duration is reached. */
    public void runToEnd() {
        while (!isFinished() && stepDay()) {
            // each step is one day
        }
    }

    /** True once every day of the scenario's duration has run. */
    public boolean isFinished() {
        return day >= scenario.duration().count();
    }

    /**
     * Today's pathway ledger by age band and loneliness category (call from an observer, or after
     * a day has run).
     */
    public java.util.List<org.lonelyloop.model.observe.LedgerBreakdown.Row> ledgerBreakdown() {
        return org.lonelyloop.model.observe.LedgerBreakdown.measure(population, ledger, workers());
    }

    /**
     * Called after every simulated day, burn-in included, with the number of days run since
     * {@link #start()} began (for progress reports). Not saved in checkpoints.
     */
    public void onDayDone(java.util.function.IntConsumer listener) {
        this.dayListener = listener;
    }

    /** Called with each recorded day's measures (every {@code outputs.every} days and on the last). */
    public void addObserver(Consumer<DayRecord> observer) {
        observers().add(observer);
    }

    @Override
    public void finish() {
        super.finish();
        if (workers != null) {
            workers.close();
            workers = null;
        }
    }

    /** The next day to run: negative in the burn-in ({@link #begin}), 0 before the first recorded day. */
    public int day() {
        return day;
    }

    public Scenario scenario() {
        return scenario;
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs the days from now on with this many worker threads (a model read back from a checkpoint
     * or a cache keeps the count it was saved with until told): results are the same for any count.
     */
    public void useThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + n);
        }
        if (workers != null) {
            workers.close();
            workers = null;
        }
        threads = n;
    }

    /**
     * The measures of the last day run, or null before the first recorded day. Measured on demand
     * when no observer has already measured that day.
     */
    public DayRecord latest() {
        int lastDay = day - 1;
        if (lastDay < 0) {
            return null;
        }
        if (latest == null || latest.day() != lastDay) {
            latest = DailyMetrics.measure(lastDay, scenario, population, offline, ledger, workers(), groups());
        }
        return latest;
    }

    Population population() {
        return population;
    }

    TieGraph offline() {
        return offline;
    }

    OnlineGraph online() {
        return online;
    }

    Ledger ledger() {
        return ledger;
    }

    Ring ring() {
        return ring;
    }

    /** A copy of the agent at each place on the ring (tests). */
    int[] ringOrder() {
        return ring.order();
    }

    /** A copy of each agent's place on the ring (tests). */
    int[] ringPosition() {
        return ring.places();
    }

    Workers workers() {
        if (workers == null) {
            workers = new Workers(threads);
        }
        return workers;
    }

    private Day context() {
        if (context == null) {
            context = new Day(this);
        }
        return context;
    }

    /** The scenario's groups, and who has been chosen for them so far. */
    public org.lonelyloop.model.observe.Groups groups() {
        if (groups == null) {
            groups = new org.lonelyloop.model.observe.Groups(List.of());
        }
        return groups;
    }

    private List<Consumer<DayRecord>> observers() {
        if (observers == null) {
            observers = new ArrayList<>();
        }
        return observers;
    }

    /** The loop gain of the scenario as it is now (interventions and retuned pathways included). */
    org.lonelyloop.model.observe.LoopGain loopGain() {
        Scenario now = scenario;
        ScenarioGain g = loopGain;
        if (g == null || g.scenario() != now) {
            g = new ScenarioGain(now, new org.lonelyloop.model.observe.LoopGain(now));
            loopGain = g;
        }
        return g.gain();
    }

    /** Read-only view of one agent, for inspectors, diaries and tests. */
    public AgentView agent(int id) {
        if (id < 0 || id >= population.size) {
            throw new IndexOutOfBoundsException("no agent " + id + " (population " + population.size + ")");
        }
        return new AgentView(this, id);
    }

    public int populationSize() {
        return population == null ? scenario.population().size() : population.size;
    }

    /** Makes {@code next} the scenario from the next day to run (RuntimeChanges; checked there). */
    void scenario(Scenario next) {
        scenario = next;
    }

    /** Plans the days again from the scenario's pathways, the interventions and the choices. */
    void replan() {
        processes = arrange(pathways(), interventions);
    }

    /** The running interventions, to add to (RuntimeChanges). */
    List<Intervention> runningInterventions() {
        return interventions;
    }

    /** The scenario's pathways as processes, with the world's contact effect some of them weigh contact by. */
    private List<Pathway> pathways() {
        return scenario.pathways().build(scenario.loneliness().contactEffect());
    }

    /** The choices of agents played from outside, or null while nobody plays them. */
    Choices choicesIfAny() {
        return choices;
    }

    void choices(Choices c) {
        choices = c;
    }

    /** Offline ties currently held. */
    public long offlineTieCount() {
        return offline.tieCount();
    }

    /** The scenario's life events as running processes, in scenario order. */
    public List<org.lonelyloop.model.event.LifeEvent> events() {
        return java.util.Collections.unmodifiableList(events);
    }

    /** The scenario's interventions as running processes, in scenario order. */
    public List<Intervention> interventions() {
        return java.util.Collections.unmodifiableList(interventions);
    }

    /**
     * Makes this started model, still at the end of its burn-in, the model of {@code arm}: the same
     * world (seed, burn-in, population, networks, contact, loneliness, affect, pathways, measures)
     * with its own interventions, life events, groups and duration. Interventions and events act only from
     * day 0, so one burn-in serves every arm of a comparison: copy the model ({@link Checkpoint#copy})
     * for each arm and branch the copy. An arm's interventions and events are built exactly as
     * {@link #start()} builds them, so a branched arm runs as a fresh run of {@code arm} would.
     *
     * @throws IllegalStateException    when a recorded day has already run
     * @throws IllegalArgumentException when {@code arm} is another world, or has parameters out of bounds
     */
    public void branch(Scenario arm) {
        if (day != 0 || population == null) {
            throw new IllegalStateException("an arm branches at the end of the burn-in, before day 0 runs; this "
                    + "model is at day " + day);
        }
        Scenario next = arm.withSeed(scenario.seed());
        if (!sameWorld(scenario, next)) {
            throw new IllegalArgumentException(arm.name() + " is not the same world as " + scenario.name()
                    + ": an arm may differ only in its interventions, life events, groups and duration");
        }
        Bounds.require(next);
        scenario = next;
        groups = new org.lonelyloop.model.observe.Groups(scenario.groups());
        buildInterventionsAndEvents();
        processes = arrange(pathways(), interventions);
    }

    /** The scenario's interventions and life events as processes, each keyed by its place in its list. */
    private void buildInterventionsAndEvents() {
        interventions = new ArrayList<>();
        for (int k = 0; k < scenario.interventions().size(); k++) {
            interventions.add(scenario.interventions().get(k).build(k));
        }
        events = new ArrayList<>();
        for (int k = 0; k < scenario.events().size(); k++) {
            events.add(scenario.events().get(k).build(k));
        }
        if (!interventions.isEmpty() || !events.isEmpty()) {
            readyForInterventions();
        }
    }

    /**
     * Gives the state only interventions and life events write (the day's modifiers, their ledger
     * columns) arrays of its own; until then it is shared neutral values.
     */
    void readyForInterventions() {
        population.ownModifiers();
        ledger.ownOutsideColumns();
    }

    /** Whether two scenarios share everything a burn-in depends on. */
    public static boolean sameWorld(Scenario a, Scenario b) {
        return worldOf(a).equals(worldOf(b));
    }

    /**
     * Everything a burn-in depends on, as a value: equal for two scenarios exactly when they are the
     * same world ({@link #sameWorld}), and a hash key for grouping many scenarios by world.
     */
    public static List<Object> worldOf(Scenario s) {
        return List.of(s.seed(), s.burnIn(), s.population(), s.partners(), s.networks(), s.contact(), s.loneliness(),
                s.affect(), s.pathways(), s.measures());
    }

    /** The partnerships that ended or began: the last day's, and listeners told of each. */
    public PartnerChanges partnerChanges() {
        return partnerChanges;
    }

    /** Offline ties formed on the last day run. */
    public int tiesFormedToday() {
        return tieFormation.formedToday();
    }

    /** Offline ties that ended on the last day run. */
    public long tiesLostToday() {
        long sides = 0;
        for (int i = 0; i < population.size; i++) {
            sides += population.tiesLost[i];
        }
        return sides / 2;
    }

    /** Online ties (fixed during a run). */
    public long onlineTieCount() {
        return online.tieCount();
    }

    private static final class PhaseStep implements Steppable {
        private static final long serialVersionUID = 1L;
        private final Phase phase;

        PhaseStep(Phase phase) {
            this.phase = phase;
        }

        @Override
        public void step(SimState state) {
            ((LonelyLoop) state).runPhase(phase);
        }
    }
}
