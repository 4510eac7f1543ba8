package org.lonelyloop.model;

import java.util.List;
import java.util.function.Consumer;
import org.lonelyloop.model.intervention.Intervention;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.observe.Groups;
import org.lonelyloop.model.params.Bounds;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.PartnerChanges;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Workers;
import org.lonelyloop.model.state.World;
import sim.engine.SimState;

/**
 * The LonelyLoop model: a population whose loneliness, social-media use and face-to-face ties
 * feed each other, one simulated day per schedule step.
 *
 * <p>Each day runs the {@link Phase}s in order, one Steppable per phase on MASON's schedule
 * (ordering = phase ordinal): BEGIN, USE, CONTACT, MEET, ONLINE, AFFECT, LONELINESS, NETWORK,
 * OBSERVE, each running the processes the {@link DayPlan} puts in it. The model holds its
 * parameters as they stand ({@link ModelParams}), the {@link World} (people, networks, ledger),
 * the plan and the day; what it tells of its days is in {@link DayRecords}, the changes made to it
 * while it runs in {@link RuntimeChanges}.
 *
 * <p>Build one with {@link #create}, call {@link #start()}, then step the schedule; never {@code
 * doLoop}, which exits the JVM. The same parameters and seed give the same results on any threads.
 */
public final class LonelyLoop extends SimState {
    private static final long serialVersionUID = 4L;

    /** The parameters as they stand: the GUI's sliders and switches change them between days. */
    private ModelParams params;
    private final Crew crew;

    private World world;
    private DayPlan plan;
    /** The scenario's groups and who is in them (none until {@link #begin}). */
    private Groups groups = new Groups(List.of());
    private int day;
    private transient DayRecords records;
    private transient ProcessClock clock;
    private transient Day context;
    private final PartnerChanges partnerChanges = new PartnerChanges();

    private LonelyLoop(ModelParams params, long seed, int threads) {
        super(seed);
        this.params = params;
        this.crew = new Crew(threads);
    }

    /** A model of these parameters with their own seed, using all available cores. */
    public static LonelyLoop create(ModelParams params) {
        return create(params, params.seed(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * A model of these parameters.
     *
     * @throws IllegalArgumentException listing every parameter out of bounds
     */
    public static LonelyLoop create(ModelParams params, long seed, int threads) {
        Bounds.require(params);
        return new LonelyLoop(params.withSeed(seed), seed, threads);
    }

    /**
     * Builds the population and networks, runs the burn-in and schedules the daily phases: what
     * MASON's Console calls before it steps the schedule. Programs run their days through the
     * runner's one engine, which also begins and settles a model itself.
     */
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
        world = WorldBuilder.build(params, seed(), random, workers());
        context = null;
        groups = new Groups(params.groups());
        // A model started again is played by no one until someone plays it again.
        plan = new DayPlan(params);
        if (plan.act(params)) {
            world.readyForInterventions();
        }
        plan.arrange(params);
        records().restart();

        day = -params.burnIn().count();
        if (day == 0) {
            endBurnIn();
        }
    }

    /** Whether the population and networks are built ({@link #begin}, {@link #start}, or read back). */
    public boolean isBuilt() {
        return world != null;
    }

    /** Whether the model is built and days of its burn-in remain ({@link #begin}). */
    public boolean inBurnIn() {
        return world != null && day < 0;
    }

    /** Days of the burn-in run so far (all of it once recording has begun). */
    public int burnInDaysDone() {
        return params.burnIn().count() + Math.min(day, 0);
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

    void runPhase(Phase phase) {
        if (phase == Phase.OBSERVE) {
            long t0 = System.nanoTime();
            observe();
            if (clock != null) {
                clock.ran("observe", phase, System.nanoTime() - t0);
            }
            return;
        }
        if (phase == Phase.BEGIN && day >= 0) {
            groups().chooseDue(day, world.population(), world.offline(), world.online(),
                    params.measures().problematicUseCutoff());
        }
        plan.run(phase, context(), clock);
    }

    private void observe() {
        records().dayRun(this, day);
        day++;
    }

    /** Runs one simulated day; returns false when the schedule has nothing left (never, in practice). */
    public boolean stepDay() {
        return schedule.step(this);
    }

    /** True once every day of the scenario's duration has run. */
    public boolean isFinished() {
        return day >= params.duration().count();
    }

    /**
     * Called after every simulated day, burn-in included, with the number of days run since
     * {@link #start()} began (for progress reports). Not saved in checkpoints.
     */
    public void onDayDone(java.util.function.IntConsumer listener) {
        records().onDayDone(listener);
    }

    /** Times every process of every day from now on ({@code null}: none); not saved in checkpoints. */
    public void clock(ProcessClock c) {
        clock = c;
    }

    /** Called with each recorded day's measures (every {@code outputs.every} days and on the last). */
    public void addObserver(Consumer<DayRecord> observer) {
        records().add(observer);
    }

    @Override
    public void finish() {
        super.finish();
        crew.close();
    }

    /** The next day to run: negative in the burn-in ({@link #begin}), 0 before the first recorded day. */
    public int day() {
        return day;
    }

    public ModelParams params() {
        return params;
    }

    public int threads() {
        return crew.threads();
    }

    /**
     * Runs the days from now on with this many worker threads (a model read back from a checkpoint
     * or a cache keeps the count it was saved with until told): results are the same for any count.
     */
    public void useThreads(int n) {
        crew.use(n);
    }

    /**
     * The measures of the last day run, or null before the first recorded day. Measured on demand
     * when no observer has already measured that day.
     */
    public DayRecord latest() {
        return day < 1 ? null : records().latest(this, day - 1);
    }

    /** The people and their networks; null before {@link #begin}. */
    World world() {
        return world;
    }

    Workers workers() {
        return crew.workers();
    }

    private Day context() {
        if (context == null) {
            context = new Day(world, seed(), params.measures().problematicUseCutoff(),
                    params.contact().settingWindow(), params.loneliness().moodEffect(), partnerChanges);
        }
        return context.at(day, workers());
    }

    /** The scenario's groups, and who has been chosen for them so far. */
    public Groups groups() {
        return groups;
    }

    private DayRecords records() {
        if (records == null) {
            records = new DayRecords();
        }
        return records;
    }

    /** The loop gain of the scenario as it is now (interventions and retuned pathways included). */
    org.lonelyloop.model.observe.LoopGain loopGain() {
        return records().loopGain(params);
    }

    /** Read-only view of one agent, for inspectors, diaries and tests. */
    public AgentView agent(int id) {
        if (id < 0 || id >= populationSize()) {
            throw new IndexOutOfBoundsException("no agent " + id + " (population " + populationSize() + ")");
        }
        return new AgentView(this, id);
    }

    public int populationSize() {
        return world == null ? params.population().size() : world.population().size;
    }

    /** Makes {@code next} the parameters from the next day to run (RuntimeChanges; checked there). */
    void params(ModelParams next) {
        params = next;
    }

    /** The day's plan: what runs in each phase (RuntimeChanges changes it). */
    DayPlan plan() {
        return plan;
    }

    /** The scenario's life events as running processes, in scenario order. */
    public List<org.lonelyloop.model.event.LifeEvent> events() {
        return plan.events();
    }

    /** The scenario's interventions as running processes, in scenario order. */
    public List<Intervention> interventions() {
        return plan.interventions();
    }

    /** The scenario's groups anew, for an arm branched with its own ({@link RuntimeChanges#branch}). */
    void groups(Groups next) {
        groups = next;
    }

    /** The partnerships that ended or began: the last day's, and listeners told of each. */
    public PartnerChanges partnerChanges() {
        return partnerChanges;
    }
}
