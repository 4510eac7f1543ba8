package org.lonelyloop.model.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.MeasureParams;
import org.lonelyloop.model.scale.DeJongGierveld;
import org.lonelyloop.model.state.Ledger;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;
import org.lonelyloop.model.state.Workers;

/**
 * Reduces the population to the measures of one day. Sums are kept per chunk and added in chunk
 * order, so the result is bit-identical for any thread count. Columns are documented in
 * docs/outputs.md.
 */
public final class DailyMetrics {
    /** The daily share strongly lonely: the headline figure of reports, charts and the classroom. */
    public static final String STRONGLY_LONELY = "shareStronglyLonely";
    public static final String SOMEWHAT_LONELY = "shareSomewhatLonely";
    public static final String NOT_LONELY = "shareNotLonely";
    /** Prefixes of the subscales' shares: {@code shareEmotionallyStronglyLonely}, {@code shareSociallyNotLonely}. */
    public static final String EMOTIONALLY = "shareEmotionally";
    public static final String SOCIALLY = "shareSocially";

    private static final List<Column> COLUMNS;

    /** Indexes of the per-agent quantities summed; each becomes one column (a mean or a share). */
    private enum Sum {
        NOT, SOMEWHAT, STRONGLY, LONELINESS, EMOTIONAL, SOCIAL, EMOTIONAL_NOT, EMOTIONAL_STRONGLY, SOCIAL_NOT,
        SOCIAL_STRONGLY, PARTNERED, USE, ACTIVE, PASSIVE, NIGHT, PROBLEMATIC, CONTACTS, TIES, SUPPORT,
        MOOD, DEPRESSION, ANXIETY, ESTEEM, SLEEP_DEBT, SLEEP_PROBLEM, FOMO, HABIT, DEPENDENCE, BULLIED, LOOP_GAIN,
        LOOP_REINFORCING, INTERVENED, USE_REMOVED, PARTICIPANTS, PARTICIPANT_LONELINESS, PARTICIPANT_USE,
        OTHERS_LONELINESS, OTHERS_USE, AFFECTED, AFFECTED_LONELINESS, AFFECTED_EMOTIONAL, AFFECTED_SOCIAL,
        AFFECTED_TIES, AFFECTED_USE, AFFECTED_GAIN
    }

    private static final int FIRST_LONELINESS = Sum.values().length + 1; // +1: tie strength, after the sums
    private static final int FIRST_USE = FIRST_LONELINESS + LonelinessSource.values().length;
    private static final int FIRST_AGE = FIRST_USE + UseSource.values().length;
    /** Sums of use, loneliness, their squares and product, for their correlation across agents. */
    private static final int MOMENTS = 5;
    private static final int FIRST_MOMENT = FIRST_AGE + 3 * AgeGroup.COUNT; // strongly lonely, use, count per age band

    static {
        List<Column> c = new ArrayList<>();
        c.add(new Column(NOT_LONELY, "share of agents", "De Jong Gierveld 6-item score 0-1, as a survey with "
                + "item noise (measures.itemNoise) would find"));
        c.add(new Column(SOMEWHAT_LONELY, "share of agents", "score 2-4"));
        c.add(new Column(STRONGLY_LONELY, "share of agents", "score 5-6"));
        c.add(new Column("meanLoneliness", "latent 0..1", "mean latent loneliness (the logistic of the mean of "
                + "the emotional and social logits)"));
        c.add(new Column("meanEmotionalLoneliness", "latent 0..1", "mean emotional loneliness (missing an intimate attachment)"));
        c.add(new Column("meanSocialLoneliness", "latent 0..1", "mean social loneliness (missing a wider circle)"));
        c.add(new Column(EMOTIONALLY + "NotLonely", "share of agents", "emotional subscale score 0 (of 3)"));
        c.add(new Column(EMOTIONALLY + "StronglyLonely", "share of agents", "emotional subscale score 3"));
        c.add(new Column(SOCIALLY + "NotLonely", "share of agents", "social subscale score 0 (of 3)"));
        c.add(new Column(SOCIALLY + "StronglyLonely", "share of agents", "social subscale score 3"));
        c.add(new Column("sharePartnered", "share of agents", "living with a partner"));
        c.add(new Column("meanUseMinutes", "minutes per day", "mean social-media minutes (active + passive)"));
        c.add(new Column("meanActiveMinutes", "minutes per day", "mean minutes posting, reacting, messaging"));
        c.add(new Column("meanPassiveMinutes", "minutes per day", "mean minutes scrolling others' posts"));
        c.add(new Column("meanNightMinutes", "minutes per day", "mean minutes of use late at night, in bed"));
        c.add(new Column("shareProblematicUse", "share of agents", "mean of habit and dependence at least measures.problematicUseCutoff"));
        c.add(new Column("meanContacts", "meetings per day", "mean face-to-face meetings with offline ties"));
        c.add(new Column("meanOfflineTies", "ties per agent", "mean number of offline ties"));
        c.add(new Column("meanOnlineSupport", "contact-quality units per day", "mean online support received"));
        c.add(new Column("meanMood", "-1..1", "mean mood today"));
        c.add(new Column("meanDepression", "0..1", "mean depressive symptoms"));
        c.add(new Column("meanSocialAnxiety", "0..1", "mean social anxiety"));
        c.add(new Column("meanSelfEsteem", "0..1", "mean self-esteem"));
        c.add(new Column("meanSleepDebt", "hours", "mean sleep debt"));
        c.add(new Column("shareSleepProblem", "share of agents", "sleep debt at least measures.sleepProblemHours"));
        c.add(new Column("meanFomo", "0..1", "mean fear of missing out"));
        c.add(new Column("meanHabit", "0..1", "mean checking habit"));
        c.add(new Column("meanDependence", "0..1", "mean emotional dependence on social media"));
        c.add(new Column("shareBulliedToday", "share of agents", "victims of cyberbullying today"));
        c.add(new Column("meanLoopGain", "ratio", "mean loop gain (docs/ODD.md 4): feedback through use over persistence"));
        c.add(new Column("shareLoopReinforcing", "share of agents", "agents whose loop gain is 1 or more"));
        c.add(new Column("shareIntervenedToday", "share of agents", "agents an intervention reached today"));
        c.add(new Column("meanMinutesRemovedByInterventions", "minutes per day", "mean minutes of use interventions removed"));
        c.add(new Column("shareParticipants", "share of agents", "agents taking part in an intervention that has started"));
        c.add(new Column("meanLonelinessParticipants", "latent 0..1", "mean loneliness of the participants (NA before any)"));
        c.add(new Column("meanUseMinutesParticipants", "minutes per day", "mean use of the participants (NA before any)"));
        c.add(new Column("meanLonelinessOthers", "latent 0..1", "mean loneliness of everyone else (NA if all take part)"));
        c.add(new Column("meanUseMinutesOthers", "minutes per day", "mean use of everyone else (NA if all take part)"));
        c.add(new Column("shareAffectedByEvents", "share of agents", "agents a scripted life event has happened to"));
        c.add(new Column("meanLonelinessAffected", "latent 0..1", "mean loneliness of those (NA before any)"));
        c.add(new Column("meanEmotionalLonelinessAffected", "latent 0..1", "their mean emotional loneliness"));
        c.add(new Column("meanSocialLonelinessAffected", "latent 0..1", "their mean social loneliness"));
        c.add(new Column("meanOfflineTiesAffected", "ties per agent", "their mean number of offline ties"));
        c.add(new Column("meanUseMinutesAffected", "minutes per day", "their mean use"));
        c.add(new Column("meanLoopGainAffected", "ratio", "their mean loop gain (a story's person: their own)"));
        c.add(new Column("meanTieStrength", "0..1", "mean strength over all offline ties"));
        for (LonelinessSource s : LonelinessSource.values()) {
            c.add(new Column(s.column(), "loneliness per day", "mean contribution of " + s.key
                    + " to the day's change in loneliness (ledger)"));
        }
        for (UseSource s : UseSource.values()) {
            c.add(new Column(s.column(), "minutes per day", "mean minutes of use added by " + s.key + " (ledger)"));
        }
        for (AgeGroup g : AgeGroup.values()) {
            c.add(new Column(STRONGLY_LONELY + ageSuffix(g), "share of age band", "strongly lonely, ages " + g.label));
        }
        for (AgeGroup g : AgeGroup.values()) {
            c.add(new Column("meanUseMinutes" + ageSuffix(g), "minutes per day", "mean social-media minutes, ages " + g.label));
        }

        c.add(new Column("corrUseLoneliness", "correlation -1..1", "between-person Pearson correlation of the log "
                + "of today's use minutes (plus one) and latent loneliness (NA when either does not vary)"));
        COLUMNS = Collections.unmodifiableList(c);
    }

    private DailyMetrics() {
    }

    /** Column-name suffix of an age band: {@code Age15to24}, ..., {@code Age75plus}. */
    public static String ageSuffix(AgeGroup g) {
        return g == AgeGroup.Y75_PLUS ? "Age75plus" : "Age" + g.from + "to" + (g.to - 1);
    }

    /** The recorded columns, in output order (after the day column). */
    public static List<Column> columns() {
        return COLUMNS;
    }

    /** The whole population's measures of one day. */
    public static DayRecord measure(int day, MeasureParams measures, LoopGain loop, Population pop, TieGraph offline,
            Ledger ledger, Workers workers) {
        return measure(day, measures, loop, pop, offline, ledger, workers, null);
    }

    /**
     * The whole population's measures of one day, then each group's: its members' and its others'
     * ({@link #columns(List)}), NA before the group's day.
     */
    public static DayRecord measure(int day, MeasureParams measures, LoopGain loop, Population pop, TieGraph offline,
            Ledger ledger, Workers workers, Groups groups) {
        double[] all = values(sums(measures, loop, pop, offline, ledger, workers, null, 1)[0], pop.size);
        if (groups == null || groups.size() == 0) {
            return new DayRecord(day, all, COLUMNS);
        }
        int width = 1 + COLUMNS.size();
        double[] v = java.util.Arrays.copyOf(all, COLUMNS.size() + groups.size() * 2 * width);
        java.util.Arrays.fill(v, COLUMNS.size(), v.length, Double.NaN);
        for (int g = 0; g < groups.size(); g++) {
            if (!groups.chosen(g)) {
                continue;
            }
            double[][] cells = sums(measures, loop, pop, offline, ledger, workers, groups.places(g), 2);
            for (int cell = 0; cell < 2; cell++) {
                int at = COLUMNS.size() + (2 * g + cell) * width;
                double count = cells[cell][cells[cell].length - 1];
                v[at] = count;
                if (count > 0) {
                    System.arraycopy(values(cells[cell], count), 0, v, at + 1, COLUMNS.size());
                }
            }
        }
        return new DayRecord(day, v, columns(groups.specs()));
    }

    /** The column of a group's size, before its measures: {@code anxious.agents}. */
    public static final String AGENTS = "agents";

    /** The columns a run of these groups records: the population's, then per group its members' and its others'. */
    public static List<Column> columns(List<GroupSpec> groups) {
        return groups.isEmpty() ? COLUMNS : columnsOfGroups(groups.stream().map(GroupSpec::name).toList());
    }

    /** {@link #columns(List)} of groups by these names. */
    public static List<Column> columnsOfGroups(List<String> names) {
        if (names.isEmpty()) {
            return COLUMNS;
        }
        GroupColumns cached = lastGroupColumns;
        if (cached != null && cached.names().equals(names)) {
            return cached.columns();
        }
        List<Column> c = new ArrayList<>(COLUMNS);
        for (String g : names) {
            for (boolean members : new boolean[] {true, false}) {
                String whose = members ? "members of " + g : "others of " + g;
                c.add(new Column(members ? GroupSpec.members(g, AGENTS) : GroupSpec.others(g, AGENTS), "agents",
                        "number of " + whose));
                for (Column m : COLUMNS) {
                    c.add(new Column(members ? GroupSpec.members(g, m.name()) : GroupSpec.others(g, m.name()), m.unit(),
                            m.description() + " (" + whose + ")"));
                }
            }
        }
        cached = new GroupColumns(List.copyOf(names), Collections.unmodifiableList(c));
        lastGroupColumns = cached;
        return cached.columns();
    }

    private record GroupColumns(List<String> names, List<Column> columns) {
    }

    private static volatile GroupColumns lastGroupColumns;

    /**
     * The day's sums over the agents of each cell, with the cell's number of agents last: one cell
     * of everyone when {@code place} is null, else cell k holds the agents whose place is k.
     */
    private static double[][] sums(MeasureParams m, LoopGain loop, Population pop, TieGraph offline, Ledger ledger,
            Workers workers, byte[] place, int cells) {
        int ages = AgeGroup.COUNT;
        int width = FIRST_MOMENT + MOMENTS + 1;
        double[][][] partial = new double[Workers.chunkCount(pop.size)][cells][width];
        LonelinessSource[] ls = LonelinessSource.values();
        UseSource[] us = UseSource.values();
        int strengthSlot = Sum.values().length;
        DeJongGierveld.Survey survey = survey(m.itemNoise());
        workers.forEachChunk(pop.size, (chunk, from, to) -> {
            double[] emotional = new double[DeJongGierveld.SUBSCALE_ITEMS + 1];
            double[] social = new double[DeJongGierveld.SUBSCALE_ITEMS + 1];
            double[] categories = new double[3];
            for (int i = from; i < to; i++) {
                int cell = place == null ? 0 : place[i];
                if (cell < 0) {
                    continue;
                }
                double[] s = partial[chunk][cell];
                s[width - 1] += 1;
                float l = pop.loneliness[i];
                double emotionalNow = pop.emotional(i);
                double socialNow = pop.social(i);
                survey.categories(emotionalNow, socialNow, emotional, social, categories);
                s[Sum.NOT.ordinal()] += categories[DeJongGierveld.NOT];
                s[Sum.SOMEWHAT.ordinal()] += categories[DeJongGierveld.SOMEWHAT];
                s[Sum.STRONGLY.ordinal()] += categories[DeJongGierveld.STRONGLY];
                s[Sum.LONELINESS.ordinal()] += l;
                s[Sum.EMOTIONAL.ordinal()] += emotionalNow;
                s[Sum.SOCIAL.ordinal()] += socialNow;
                s[Sum.EMOTIONAL_NOT.ordinal()] += emotional[0];
                s[Sum.EMOTIONAL_STRONGLY.ordinal()] += emotional[DeJongGierveld.SUBSCALE_ITEMS];
                s[Sum.SOCIAL_NOT.ordinal()] += social[0];
                s[Sum.SOCIAL_STRONGLY.ordinal()] += social[DeJongGierveld.SUBSCALE_ITEMS];
                s[Sum.PARTNERED.ordinal()] += pop.cohabiting(i) ? 1 : 0;
                s[Sum.USE.ordinal()] += pop.useMinutes[i];
                s[Sum.ACTIVE.ordinal()] += pop.activeMinutes[i];
                s[Sum.PASSIVE.ordinal()] += pop.passiveMinutes[i];
                s[Sum.NIGHT.ordinal()] += pop.nightMinutes[i];
                s[Sum.PROBLEMATIC.ordinal()] += problematic(pop, i, m) ? 1 : 0;
                s[Sum.CONTACTS.ordinal()] += pop.contacts[i];
                s[Sum.TIES.ordinal()] += offline.degree(i);
                s[Sum.SUPPORT.ordinal()] += pop.support[i];
                s[Sum.MOOD.ordinal()] += pop.reportedMood(i);
                s[Sum.DEPRESSION.ordinal()] += pop.depression[i];
                s[Sum.ANXIETY.ordinal()] += pop.socialAnxiety[i];
                s[Sum.ESTEEM.ordinal()] += pop.selfEsteem[i];
                s[Sum.SLEEP_DEBT.ordinal()] += pop.sleepDebt[i];
                s[Sum.SLEEP_PROBLEM.ordinal()] += pop.sleepDebt[i] >= m.sleepProblemHours() ? 1 : 0;
                s[Sum.FOMO.ordinal()] += pop.fomo[i];
                s[Sum.HABIT.ordinal()] += pop.habit[i];
                s[Sum.DEPENDENCE.ordinal()] += pop.dependence[i];
                s[Sum.BULLIED.ordinal()] += pop.bullied[i];
                double gain = loop.of(pop, ledger, i);
                s[Sum.LOOP_GAIN.ordinal()] += gain;
                s[Sum.LOOP_REINFORCING.ordinal()] += gain >= 1 ? 1 : 0;
                s[Sum.INTERVENED.ordinal()] += pop.intervened(i);
                s[Sum.USE_REMOVED.ordinal()] += pop.useRemoved(i);
                if (pop.participant(i)) {
                    s[Sum.PARTICIPANTS.ordinal()] += 1;
                    s[Sum.PARTICIPANT_LONELINESS.ordinal()] += l;
                    s[Sum.PARTICIPANT_USE.ordinal()] += pop.useMinutes[i];
                } else {
                    s[Sum.OTHERS_LONELINESS.ordinal()] += l;
                    s[Sum.OTHERS_USE.ordinal()] += pop.useMinutes[i];
                }
                if (pop.eventAffected(i)) {
                    s[Sum.AFFECTED.ordinal()] += 1;
                    s[Sum.AFFECTED_LONELINESS.ordinal()] += l;
                    s[Sum.AFFECTED_EMOTIONAL.ordinal()] += emotionalNow;
                    s[Sum.AFFECTED_SOCIAL.ordinal()] += socialNow;
                    s[Sum.AFFECTED_TIES.ordinal()] += offline.degree(i);
                    s[Sum.AFFECTED_USE.ordinal()] += pop.useMinutes[i];
                    s[Sum.AFFECTED_GAIN.ordinal()] += gain;
                }
                s[strengthSlot] += pop.tieStrength[i];
                for (int k = 0; k < ls.length; k++) {
                    s[FIRST_LONELINESS + k] += ledger.loneliness(ls[k])[i];
                }
                for (int k = 0; k < us.length; k++) {
                    s[FIRST_USE + k] += pop.useMinutes[i] * (1 - Math.exp(-ledger.useDrive(us[k])[i]));
                }
                int g = pop.ageGroup[i];
                s[FIRST_AGE + g] += categories[DeJongGierveld.STRONGLY];
                s[FIRST_AGE + ages + g] += pop.useMinutes[i];
                s[FIRST_AGE + 2 * ages + g] += 1;
                // Log minutes: use is skewed, and a few very heavy users would otherwise decide r.
                double u = Math.log1p(pop.useMinutes[i]);
                s[FIRST_MOMENT] += u;
                s[FIRST_MOMENT + 1] += l;
                s[FIRST_MOMENT + 2] += u * u;
                s[FIRST_MOMENT + 3] += (double) l * l;
                s[FIRST_MOMENT + 4] += u * l;
            }
        });
        double[][] total = new double[cells][width];
        for (double[][] chunk : partial) {
            for (int cell = 0; cell < cells; cell++) {
                for (int c = 0; c < width; c++) {
                    total[cell][c] += chunk[cell][c];
                }
            }
        }
        return total;
    }

    /** The columns' values from the sums over {@code agents} agents. */
    private static double[] values(double[] total, double agents) {
        int ages = AgeGroup.COUNT;
        LonelinessSource[] ls = LonelinessSource.values();
        UseSource[] us = UseSource.values();
        int strengthSlot = Sum.values().length;
        double n = Math.max(1, agents);
        double[] v = new double[COLUMNS.size()];
        int col = 0;
        for (Sum s : Sum.values()) {
            v[col++] = total[s.ordinal()] / n;
        }
        double participants = total[Sum.PARTICIPANTS.ordinal()];
        v[Sum.PARTICIPANT_LONELINESS.ordinal()] = participants == 0 ? Double.NaN
                : total[Sum.PARTICIPANT_LONELINESS.ordinal()] / participants;
        v[Sum.PARTICIPANT_USE.ordinal()] = participants == 0 ? Double.NaN
                : total[Sum.PARTICIPANT_USE.ordinal()] / participants;
        double others = agents - participants;
        v[Sum.OTHERS_LONELINESS.ordinal()] = others == 0 ? Double.NaN : total[Sum.OTHERS_LONELINESS.ordinal()] / others;
        v[Sum.OTHERS_USE.ordinal()] = others == 0 ? Double.NaN : total[Sum.OTHERS_USE.ordinal()] / others;
        double affected = total[Sum.AFFECTED.ordinal()];
        for (Sum a : new Sum[] {Sum.AFFECTED_LONELINESS, Sum.AFFECTED_EMOTIONAL, Sum.AFFECTED_SOCIAL, Sum.AFFECTED_TIES,
            Sum.AFFECTED_USE, Sum.AFFECTED_GAIN}) {
            v[a.ordinal()] = affected == 0 ? Double.NaN : total[a.ordinal()] / affected;
        }
        double ties = total[Sum.TIES.ordinal()];
        v[col++] = ties == 0 ? 0 : total[strengthSlot] / ties;
        for (int k = 0; k < ls.length + us.length; k++) {
            v[col++] = total[FIRST_LONELINESS + k] / n;
        }
        for (int g = 0; g < ages; g++) {
            double count = total[FIRST_AGE + 2 * ages + g];
            v[col++] = count == 0 ? Double.NaN : total[FIRST_AGE + g] / count;
        }
        for (int g = 0; g < ages; g++) {
            double count = total[FIRST_AGE + 2 * ages + g];
            v[col++] = count == 0 ? Double.NaN : total[FIRST_AGE + ages + g] / count;
        }
        v[col++] = correlation(total, FIRST_MOMENT, n);
        return v;
    }

    /** The survey of one noise level, made once and kept (a run measures with one). */
    private static volatile DeJongGierveld.Survey lastSurvey;

    public static DeJongGierveld.Survey survey(double itemNoise) {
        DeJongGierveld.Survey s = lastSurvey;
        if (s == null || s.itemNoise() != itemNoise) {
            s = new DeJongGierveld.Survey(itemNoise);
            lastSurvey = s;
        }
        return s;
    }

    /** Pearson's r from the sums of x, y, x squared, y squared and xy over n agents. */
    private static double correlation(double[] t, int at, double n) {
        double mx = t[at] / n;
        double my = t[at + 1] / n;
        double vx = t[at + 2] / n - mx * mx;
        double vy = t[at + 3] / n - my * my;
        double cov = t[at + 4] / n - mx * my;
        return vx <= 1e-12 || vy <= 1e-12 ? Double.NaN : Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
    }

    /** Problematic use as measures.problematicUseCutoff defines it. */
    public static boolean problematic(Population pop, int i, MeasureParams m) {
        return 0.5 * (pop.habit[i] + pop.dependence[i]) >= m.problematicUseCutoff();
    }
}
