package org.lonelyloop.model.state;

import java.io.Serializable;
import org.lonelyloop.model.scale.DeJongGierveld;
import org.lonelyloop.model.scale.LonelinessScale;

/**
 * Agent state as one array per variable, indexed by agent id (0..size-1).
 *
 * <p>Traits are drawn once; states evolve day by day; "today" arrays are rewritten every day by the
 * phase that owns them and read by later phases. Only classes of the model's own packages write
 * here; outputs read through the model's AgentView and the observe package. Units and ranges of every
 * variable are listed in docs/ODD.md (section 2).
 */
public final class Population implements Serializable {
    private static final long serialVersionUID = 4L;

    /** {@link #relationship}: no partner. */
    public static final byte SINGLE = 0;
    /** {@link #relationship}: a partner not (yet) lived with. */
    public static final byte DATING = 1;
    /** {@link #relationship}: living with the partner (the household CBS counts). */
    public static final byte COHABITING = 2;
    /** {@link #confidant}: nobody to confide in (no offline ties). */
    public static final int NO_CONFIDANT = -1;
    /** {@link #confidant}: not chosen yet (before the first day's meetings). */
    public static final int CONFIDANT_UNCHOSEN = -2;

    public final int size;

    // Traits
    /** Age in years. */
    public final float[] age;
    /** Index of the agent's {@link org.lonelyloop.model.params.AgeGroup}. */
    public final byte[] ageGroup;
    /** Usual share of social-media time spent actively (posting, reacting, messaging), 0..1. */
    public final float[] activeShare;
    /** Daily social-media minutes when every driver of use sits at its reference. */
    public final float[] baseMinutes;
    /** Free time per day, minutes. */
    public final float[] freeMinutes;
    /** Personal share of use that happens late at night, before the habit adds to it. */
    public final float[] nightPropensity;
    /** Sleep debt from everything but social media (work, children, insomnia), hours. */
    public final float[] sleepDebtBase;
    /** Number of social-media platforms used, 0..11. */
    public final byte[] platforms;
    /** Personal mean of the mood response to an hour of passive use (mood units per hour). */
    public final float[] susceptibilityMean;
    /** Offline ties the agent keeps up when nothing holds it back (age-specific network size). */
    public final byte[] tieTarget;
    /** Social anxiety, depressive symptoms and self-esteem the agent returns to when nothing pushes. */
    public final float[] anxietySetPoint;
    public final float[] depressionSetPoint;
    public final float[] esteemSetPoint;
    /**
     * Dispositional emotional and social loneliness (logit): where each returns to with no partner, no
     * friend and no contact, drawn once ({@link org.lonelyloop.model.params.Dispositions}).
     */
    public final float[] emotionalSetPoint;
    public final float[] socialSetPoint;

    // States
    /**
     * Emotional loneliness (missing an intimate attachment) and social loneliness (missing a wider
     * circle) on the logit scale, where their dynamics are linear and unbounded: the states the
     * loneliness submodel moves. {@link DeJongGierveld} maps their logistics onto the scale's two
     * subscales.
     */
    public final float[] emotionalLogit;
    public final float[] socialLogit;
    /**
     * Loneliness as one number, 0..1: the logistic of the mean of the two subscales' logits
     * ({@link #lonelinessLogit(int)}). What pathways respond to; kept, as they read it every day.
     */
    public final float[] loneliness;
    /**
     * Closeness of the partner the agent lives with, 0..1; 0 without a partner. The partner is part of
     * the household, not an agent ({@link org.lonelyloop.model.params.PartnerParams}).
     */
    public final float[] partnerCloseness;
    /**
     * Where the agent's partnership stands: {@link #SINGLE}, {@link #DATING} (a partner not lived with,
     * yet already the attachment {@link #partnerCloseness} gives) or {@link #COHABITING}.
     */
    public final byte[] relationship;
    /**
     * The closeness the partnership grows towards, 0..1 (0 without a partner): attachment to a
     * partner forms over the first years of a relationship, {@link #partnerCloseness} being how far.
     */
    public final float[] partnerBond;
    /** Social anxiety (fear of being judged), 0..1. */
    public final float[] socialAnxiety;
    /** Self-esteem, 0..1. */
    public final float[] selfEsteem;
    /** Depressive symptoms, 0..1. */
    public final float[] depression;
    /** Lasting mood, -1 (very low) .. 1 (very good); carried from day to day, decaying quickly. */
    public final float[] mood;
    /**
     * Today's momentary mood on top of {@link #mood} (the person-specific response to today's
     * passive use); not carried to tomorrow, and not felt by depression or loneliness.
     */
    public final float[] momentaryMood;
    /** Accumulated sleep debt, hours. */
    public final float[] sleepDebt;
    /** Fear of missing out, 0..1. */
    public final float[] fomo;
    /** Habit strength of checking, 0..1. */
    public final float[] habit;
    /** Emotional dependence on social media, 0..1. */
    public final float[] dependence;
    /** Expected daily reactions (likes, comments), the baseline surprises are measured against. */
    public final float[] rewardExpectation;
    /** Today's mood response to an hour of passive use; drifts around {@link #susceptibilityMean}. */
    public final float[] susceptibility;

    // Today
    /** Log-multiplier on baseline use, summed over the pathways that drive use today. */
    public final float[] useDrive;
    /** Shift of today's active share (compensation tilts use toward posting). */
    public final float[] activeShift;
    /** Social-media minutes today (active + passive). */
    public final float[] useMinutes;
    public final float[] activeMinutes;
    public final float[] passiveMinutes;
    /** Minutes of use late at night (in bed, before sleep). */
    public final float[] nightMinutes;
    /** Multiplier on the chance of initiating and accepting face-to-face contact today. */
    public final float[] contactFactor;
    /** Share of tie decay that active use prevents today on ties that are also online (0..1). */
    public final float[] maintenance;
    /**
     * Which of today's proposals stand, as {@link ContactWord} packs them with the partner: bit
     * {@link #PROPOSES} the actual one, bit {@link #PROPOSES_UNDISTURBED} the one the agent would
     * have made with no pathway disturbing contact. One partner serves both because the same draws
     * pick it.
     */
    public static final byte PROPOSES = 1;
    public static final byte PROPOSES_UNDISTURBED = 2;
    /**
     * What a neighbour needs to know of this agent to resolve today's meetings, packed into one word
     * so that each tie costs one memory access ({@link ContactWord}).
     */
    public final long[] contactWord;
    /** Face-to-face meetings today. */
    public final short[] contacts;
    /**
     * Face-to-face meetings a week, as the agent would recall them: today's meetings times seven,
     * averaged with a four-week memory (an exponential moving average).
     */
    public final float[] meetingsPerWeek;
    /**
     * Undisturbed contact quality a day over about the last four weeks (a moving average of
     * {@link #contactQualityUndisturbed}): the steady contact the loop gain weighs, where a single
     * day's is mostly nothing or one meeting.
     */
    public final float[] recentContactQuality;
    /** Summed strength of the ties met today. */
    public final float[] contactQuality;
    /** What {@link #contactQuality} would have been with no pathway disturbing contact. */
    public final float[] contactQualityUndisturbed;
    /** Summed strength of the agent's offline ties after today's meetings. */
    public final float[] tieStrength;
    /** Offline ties that are also online ties. */
    public final short[] linkedTies;
    /** Of those, how many met someone else yesterday: seen together online today, without this agent. */
    public final short[] friendsOutWithoutMe;
    /** Strength of the agent's closest offline tie. */
    public final float[] closeness;
    /**
     * The offline tie the agent confides in (an agent number; {@link #NO_CONFIDANT} without ties,
     * {@link #CONFIDANT_UNCHOSEN} before the first day's meetings): intimacy is with one person, not a
     * tie strength any acquaintance can replace.
     */
    public final int[] confidant;
    /** Intimacy with the confidant, 0..1: built meeting by meeting over months, lost with the tie. */
    public final float[] intimacy;
    /** Mean active minutes of the agent's online ties today: how much there is to see and who answers. */
    public final float[] feedActivity;
    /** Online support received today, in face-to-face contact-quality units. */
    public final float[] support;
    /** Reactions (likes, comments) received today. */
    public final short[] rewards;
    /** 1 if cyberbullied today. */
    public final byte[] bullied;
    // Today's intervention modifiers (reset every day; an intervention sets them for the agents it
    // reaches). Until the model has an intervention or a life event they are null and read as their
    // neutral values through the methods of the same name (ownModifiers): most runs, and every
    // burn-in, have neither. Interventions and life events write the arrays; everything else reads
    // through the methods.
    /** Most minutes of use allowed today (a time limit); infinite when none. */
    public float[] useCap;
    /** Multiplier on today's use (fewer, longer sessions; time taken by a hobby). */
    public float[] useFactor;
    /** Share of today's daytime use that falls in phone-off windows. */
    public float[] daytimeBlock;
    /** Share of today's night use that falls in phone-off windows. */
    public float[] nightBlock;
    /** Most platforms used today; {@link Byte#MAX_VALUE} when unlimited. */
    public byte[] platformLimit;
    /** Multiplier on what reactions teach the checking habit today (fewer checks, fewer lessons). */
    public float[] habitLearning;
    /** Share of the compensating and habitual pushes on use that a pause before opening an app stops. */
    public float[] pushDamping;
    /** Share of comparison and bullying exposure removed by unfollowing and blocking. */
    public float[] curation;
    /** Relative rise of online support (peer-support communities). */
    public float[] supportBoost;
    /** Extra offline ties the agent seeks today (new local ties, clubs). */
    public byte[] tieTargetBoost;
    /** 1 if the agent's shared settings are closed today (a lockdown): no new ties from them. */
    public byte[] settingsClosed;
    /** Minutes of use interventions removed today. */
    public float[] useRemoved;
    /** 1 if some intervention reached the agent today. */
    public byte[] intervened;
    /** 1 once the agent takes part in some intervention (selected on its first day); stays 1. */
    public byte[] participant;
    /** 1 once a scripted life event has happened to the agent; stays 1. */
    public byte[] eventAffected;
    /** Offline ties this agent lost today (each lost tie counts on both sides). */
    public final byte[] tiesLost;
    /** Sum of today's pushes on mood. */
    public final float[] moodPush;
    /** Sum of today's pushes on depressive symptoms, social anxiety and self-esteem. */
    public final float[] depressionPush;
    public final float[] anxietyPush;
    public final float[] esteemPush;

    /** Nobody spends more than this share of their free time on social media (DailyUse, LoopGain). */
    public static final double MAX_USE_SHARE = 0.9;
    /** Night use never exceeds this share of the day's use. */
    public static final double MAX_NIGHT_SHARE = 0.6;

    public Population(int size) {
        this.size = size;
        age = new float[size];
        ageGroup = new byte[size];
        activeShare = new float[size];
        baseMinutes = new float[size];
        freeMinutes = new float[size];
        nightPropensity = new float[size];
        sleepDebtBase = new float[size];
        platforms = new byte[size];
        susceptibilityMean = new float[size];
        tieTarget = new byte[size];
        anxietySetPoint = new float[size];
        depressionSetPoint = new float[size];
        esteemSetPoint = new float[size];
        emotionalSetPoint = new float[size];
        socialSetPoint = new float[size];
        emotionalLogit = new float[size];
        socialLogit = new float[size];
        partnerCloseness = new float[size];
        relationship = new byte[size];
        partnerBond = new float[size];
        loneliness = new float[size];
        socialAnxiety = new float[size];
        selfEsteem = new float[size];
        depression = new float[size];
        mood = new float[size];
        momentaryMood = new float[size];
        lonelinessDrift = new float[size];
        useDrift = new float[size];
        sleepDebt = new float[size];
        fomo = new float[size];
        habit = new float[size];
        dependence = new float[size];
        rewardExpectation = new float[size];
        susceptibility = new float[size];
        useDrive = new float[size];
        activeShift = new float[size];
        useMinutes = new float[size];
        activeMinutes = new float[size];
        passiveMinutes = new float[size];
        nightMinutes = new float[size];
        contactFactor = new float[size];
        maintenance = new float[size];
        contactWord = new long[size];
        contacts = new short[size];
        contactQuality = new float[size];
        meetingsPerWeek = new float[size];
        recentContactQuality = new float[size];
        contactQualityUndisturbed = new float[size];
        tieStrength = new float[size];
        linkedTies = new short[size];
        friendsOutWithoutMe = new short[size];
        closeness = new float[size];
        confidant = new int[size];
        java.util.Arrays.fill(confidant, CONFIDANT_UNCHOSEN);
        intimacy = new float[size];
        feedActivity = new float[size];
        support = new float[size];
        rewards = new short[size];
        bullied = new byte[size];
        tiesLost = new byte[size];
        moodPush = new float[size];
        depressionPush = new float[size];
        anxietyPush = new float[size];
        esteemPush = new float[size];
    }

    /**
     * Slow drift of both loneliness set points (logit) with life circumstances; the set points in
     * force are {@code emotionalSetPoint + lonelinessDrift} and {@code socialSetPoint + lonelinessDrift}.
     */
    public final float[] lonelinessDrift;
    /** Slow drift of the log of one's usual daily use with life circumstances. */
    public final float[] useDrift;

    /** Whether the intervention modifiers are this population's own arrays ({@link #ownModifiers}). */
    private boolean modifiersOwned;

    /**
     * Gives each intervention modifier, and the minutes interventions remove, an array of its own,
     * holding its neutral value (no time limit, a factor of 1, nothing blocked or curated, every
     * platform). Until then there are no such arrays: most runs, and every burn-in, have no
     * intervention or life event, and the five shared arrays of neutral values that stood in for
     * them were 14 bytes an agent. The model calls this before the first day on which an
     * intervention or a life event can act; nothing else writes a modifier.
     */
    public void ownModifiers() {
        if (modifiersOwned) {
            return;
        }
        useCap = filled(Float.POSITIVE_INFINITY);
        useFactor = filled(1f);
        daytimeBlock = new float[size];
        nightBlock = new float[size];
        platformLimit = new byte[size];
        java.util.Arrays.fill(platformLimit, Byte.MAX_VALUE);
        habitLearning = filled(1f);
        pushDamping = new float[size];
        curation = new float[size];
        supportBoost = new float[size];
        tieTargetBoost = new byte[size];
        settingsClosed = new byte[size];
        intervened = new byte[size];
        participant = new byte[size];
        eventAffected = new byte[size];
        useRemoved = new float[size];
        modifiersOwned = true;
    }

    private float[] filled(float value) {
        float[] a = new float[size];
        java.util.Arrays.fill(a, value);
        return a;
    }

    // The modifiers as the day's processes and the measures read them: an agent's own value once
    // the modifiers are owned, the neutral value before. Each neutral value is the one the array
    // would hold, so the arithmetic is the same to the bit either way.

    /** {@link #useCap}: most minutes of use allowed today. */
    public float useCap(int i) {
        return modifiersOwned ? useCap[i] : Float.POSITIVE_INFINITY;
    }

    /** {@link #useFactor}: multiplier on today's use. */
    public float useFactor(int i) {
        return modifiersOwned ? useFactor[i] : 1f;
    }

    /** {@link #daytimeBlock}: share of daytime use in phone-off windows. */
    public float daytimeBlock(int i) {
        return modifiersOwned ? daytimeBlock[i] : 0f;
    }

    /** {@link #nightBlock}: share of night use in phone-off windows. */
    public float nightBlock(int i) {
        return modifiersOwned ? nightBlock[i] : 0f;
    }

    /** {@link #platformLimit}: most platforms used today. */
    public byte platformLimit(int i) {
        return modifiersOwned ? platformLimit[i] : Byte.MAX_VALUE;
    }

    /** {@link #habitLearning}: multiplier on what reactions teach the habit today. */
    public float habitLearning(int i) {
        return modifiersOwned ? habitLearning[i] : 1f;
    }

    /** {@link #pushDamping}: share of the compensating and habitual pushes stopped. */
    public float pushDamping(int i) {
        return modifiersOwned ? pushDamping[i] : 0f;
    }

    /** {@link #curation}: share of comparison and bullying exposure removed. */
    public float curation(int i) {
        return modifiersOwned ? curation[i] : 0f;
    }

    /** {@link #supportBoost}: relative rise of online support. */
    public float supportBoost(int i) {
        return modifiersOwned ? supportBoost[i] : 0f;
    }

    /** {@link #tieTargetBoost}: extra offline ties sought today. */
    public int tieTargetBoost(int i) {
        return modifiersOwned ? tieTargetBoost[i] : 0;
    }

    /** {@link #settingsClosed}: whether the agent's shared settings are closed today. */
    public boolean settingsClosed(int i) {
        return modifiersOwned && settingsClosed[i] != 0;
    }

    /** {@link #useRemoved}: minutes of use interventions removed today. */
    public float useRemoved(int i) {
        return modifiersOwned ? useRemoved[i] : 0f;
    }

    /** {@link #intervened}: 1 if some intervention reached the agent today, else 0. */
    public int intervened(int i) {
        return modifiersOwned ? intervened[i] : 0;
    }

    /** {@link #participant}: whether the agent takes part in some intervention. */
    public boolean participant(int i) {
        return modifiersOwned && participant[i] != 0;
    }

    /** {@link #eventAffected}: whether a scripted life event has happened to the agent. */
    public boolean eventAffected(int i) {
        return modifiersOwned && eventAffected[i] != 0;
    }

    /** Whether the intervention modifiers have arrays of their own, which the day's start resets. */
    public boolean modifiersOwned() {
        return modifiersOwned;
    }

    /**
     * Sets both subscales' logits and the one-number loneliness they make (the only way the model
     * writes loneliness, so they never disagree).
     */
    public void setLoneliness(int i, double emotional, double social) {
        emotionalLogit[i] = (float) emotional;
        socialLogit[i] = (float) social;
        loneliness[i] = (float) LonelinessScale.logistic(0.5 * (emotional + social));
    }

    /**
     * Loneliness as one number on the logit scale: the mean of the two subscales' logits, what the
     * ledger's terms add up to. Computed, not stored: nothing reads it on the daily path.
     */
    public double lonelinessLogit(int i) {
        return 0.5 * (emotionalLogit[i] + socialLogit[i]);
    }

    /** Emotional loneliness, 0..1. */
    public double emotional(int i) {
        return LonelinessScale.logistic(emotionalLogit[i]);
    }

    /** Social loneliness, 0..1. */
    public double social(int i) {
        return LonelinessScale.logistic(socialLogit[i]);
    }

    /** Whether the agent lives with a partner. */
    public boolean cohabiting(int i) {
        return relationship[i] == COHABITING;
    }

    /** The partnership ends (a death or a separation): no partner, no attachment from one. */
    public void endPartnership(int i) {
        partnerCloseness[i] = 0;
        partnerBond[i] = 0;
        relationship[i] = SINGLE;
    }

    /** Mood as the agent would report it now: lasting plus momentary, within -1..1. */
    public double reportedMood(int i) {
        return Clamp.between(mood[i] + momentaryMood[i], -1, 1);
    }

    /**
     * Renumbers the agents in place: the new agent {@code p} takes every per-agent value of the
     * old agent {@code order[p]}. Only for state that holds no agent numbers (before the first day).
     */
    public void renumber(int[] order) {
        // One spare array per element type, refilled for each column: a fresh copy of every column
        // was a quarter of a gigabyte of new memory at a million agents, whose first touch
        // (the operating system's page faults) cost more than the copying.
        Object[] spare = new Object[5];
        for (java.lang.reflect.Field f : Population.class.getFields()) {
            if (!f.getType().isArray()) {
                continue;
            }
            Object a;
            try {
                a = f.get(this);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (a == null) {
                continue;
            }
            if (java.lang.reflect.Array.getLength(a) != size) {
                throw new IllegalStateException(f.getName() + " is not one value per agent");
            }
            // A loop per primitive type: a generic element copy would box every value of every agent.
            if (a instanceof float[] v) {
                float[] old = (float[]) copyInto(spare, 0, v);
                for (int p = 0; p < size; p++) {
                    v[p] = old[order[p]];
                }
            } else if (a instanceof int[] v) {
                int[] old = (int[]) copyInto(spare, 1, v);
                for (int p = 0; p < size; p++) {
                    v[p] = old[order[p]];
                }
            } else if (a instanceof long[] v) {
                long[] old = (long[]) copyInto(spare, 2, v);
                for (int p = 0; p < size; p++) {
                    v[p] = old[order[p]];
                }
            } else if (a instanceof short[] v) {
                short[] old = (short[]) copyInto(spare, 3, v);
                for (int p = 0; p < size; p++) {
                    v[p] = old[order[p]];
                }
            } else if (a instanceof byte[] v) {
                byte[] old = (byte[]) copyInto(spare, 4, v);
                for (int p = 0; p < size; p++) {
                    v[p] = old[order[p]];
                }
            } else {
                throw new IllegalStateException(f.getName() + " has a type renumbering does not know");
            }
        }
    }

    /** {@code column} copied into {@code spare[kind]}, made the first time it is needed. */
    private static Object copyInto(Object[] spare, int kind, Object column) {
        int n = java.lang.reflect.Array.getLength(column);
        if (spare[kind] == null) {
            spare[kind] = java.lang.reflect.Array.newInstance(column.getClass().getComponentType(), n);
        }
        System.arraycopy(column, 0, spare[kind], 0, n);
        return spare[kind];
    }

    /** Heap bytes held by the per-agent arrays, each array counted once however many fields share it. */
    public long bytes() {
        long perAgent = 0;
        java.util.Set<Object> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (java.lang.reflect.Field f : Population.class.getFields()) {
            Class<?> t = f.getType();
            if (!t.isArray()) {
                continue;
            }
            try {
                Object a = f.get(this);
                if (a == null || !counted.add(a)) {
                    continue;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (t == long[].class) {
                perAgent += 8;
            } else if (t == float[].class || t == int[].class) {
                perAgent += 4;
            } else if (t == short[].class) {
                perAgent += 2;
            } else if (t == byte[].class) {
                perAgent += 1;
            }
        }
        return perAgent * size;
    }
}
