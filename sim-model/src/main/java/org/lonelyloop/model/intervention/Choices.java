package org.lonelyloop.model.intervention;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * What people choose to do, day by day, when someone outside the model chooses for them: a student
 * in a class that plays the loop from their phones, one agent each. A choice holds until it is
 * changed; an agent with no choice lives as the model has it. Each choice acts only through the
 * day's modifiers the interventions use (use, night use, active share, contact, ties sought) and
 * the pathways then do the rest, so a choice has the consequences the model gives that behaviour
 * and no other: scrolling more is compared, slept on and learnt as a habit like any other scrolling.
 *
 * <p>The sizes are those of the interventions each choice resembles (ODD 2.6): a club is
 * {@link Hobby}'s defaults, meeting a friend is {@link OfflineInvestment}'s push on contact made
 * once this week rather than as a standing habit, the phone away at night is {@link PhoneOff} from
 * 22:00 to 07:00 kept every night. Runs in BEGIN after the interventions, only on recorded days.
 */
public final class Choices implements DailyProcess {
    private static final long serialVersionUID = 1L;

    /** One thing to do today. */
    public enum Choice {
        /** Scroll through feeds: half again as much use, tilted towards watching. */
        SCROLL,
        /** Post and chat: a fifth more use, tilted towards posting and messaging. */
        POST,
        /** Put the phone down in the day: use falls to three fifths. */
        LESS_PHONE,
        /** Put the phone away at night: no use in bed. */
        NIGHT_OFF,
        /** Arrange to meet a friend: the chance of meeting rises e-fold. */
        MEET,
        /** Reach out to the friend who seems loneliest: their chance of meeting rises, and one's own a little. */
        REACH_OUT,
        /** Go to a club: an hour of free time, more contact and new people to meet. */
        CLUB;

        /** The name in files and requests: lower case with hyphens ({@code night-off}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The choice of this key. */
        public static Choice of(String key) {
            for (Choice c : values()) {
                if (c.key().equals(key)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no choice '" + key + "'; the choices are "
                    + java.util.Arrays.stream(values()).map(Choice::key).toList());
        }

        byte bit() {
            return (byte) (1 << ordinal());
        }
    }

    /** Scrolling: factor on use, and shift of the active share. */
    static final double SCROLL_USE = 1.5;
    static final double SCROLL_TILT = -0.15;
    /** Posting and chatting: factor on use, and shift of the active share (as compensation tilts it). */
    static final double POST_USE = 1.2;
    static final double POST_TILT = 0.25;
    /** The phone down in the day: factor on use (a teaching setting: the phone out of reach for part of the day). */
    static final double LESS_PHONE_USE = 0.6;
    /** Meeting a friend: rise in log contact chance. */
    static final double MEET_CONTACT = 1.0;
    /** Reaching out: rise in the friend's log contact chance, and in one's own. */
    static final double REACH_OUT_FRIEND = 0.7;
    static final double REACH_OUT_SELF = 0.3;

    private final byte[] chosen;

    public Choices(int agents) {
        this.chosen = new byte[agents];
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.BEGIN);
    }

    /** Sets what agent {@code i} does from the next day on (an empty set: as the model has it). */
    public void set(int i, Set<Choice> choices) {
        byte bits = 0;
        for (Choice c : choices) {
            bits |= c.bit();
        }
        chosen[i] = bits;
    }

    /** What agent {@code i} does now. */
    public Set<Choice> of(int i) {
        Set<Choice> out = EnumSet.noneOf(Choice.class);
        for (Choice c : Choice.values()) {
            if ((chosen[i] & c.bit()) != 0) {
                out.add(c);
            }
        }
        return out;
    }

    /** Everyone back to living as the model has it. */
    public void clear() {
        java.util.Arrays.fill(chosen, (byte) 0);
    }

    /**
     * Sets today's modifiers of every agent with a choice. In agent order on one thread: reaching
     * out writes the friend's slot, and a class is small.
     */
    @Override
    public void apply(Phase phase, Day day) {
        if (day.index() < 0) {
            return;
        }
        Population pop = day.population();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != 0) {
                act(day, pop, i, chosen[i]);
            }
        }
    }

    private static void act(Day day, Population pop, int i, byte bits) {
        pop.intervened[i] = 1;
        if (has(bits, Choice.SCROLL)) {
            pop.useFactor[i] *= (float) SCROLL_USE;
            pop.activeShift[i] += (float) SCROLL_TILT;
        }
        if (has(bits, Choice.POST)) {
            pop.useFactor[i] *= (float) POST_USE;
            pop.activeShift[i] += (float) POST_TILT;
        }
        if (has(bits, Choice.LESS_PHONE)) {
            pop.useFactor[i] *= (float) LESS_PHONE_USE;
        }
        if (has(bits, Choice.NIGHT_OFF)) {
            pop.nightBlock[i] = 1f;
        }
        if (has(bits, Choice.MEET)) {
            Intervention.boostContact(day, i, MEET_CONTACT);
        }
        if (has(bits, Choice.REACH_OUT)) {
            int friend = loneliestFriend(day.offline(), pop, i);
            if (friend >= 0) {
                Intervention.boostContact(day, friend, REACH_OUT_FRIEND);
                Intervention.boostContact(day, i, REACH_OUT_SELF);
            } else {
                // No friend to reach: reaching out is looking for one.
                Intervention.seekTies(day, i, 1);
            }
        }
        if (has(bits, Choice.CLUB)) {
            Hobby.Params club = Hobby.Params.defaults();
            pop.useFactor[i] *= (float) Math.max(0, 1 - club.minutesPerDay().value() / pop.freeMinutes[i]);
            Intervention.boostContact(day, i, club.contact());
            Intervention.seekTies(day, i, club.extraTies());
        }
    }

    /** The offline tie with the highest loneliness (the lowest id among equals), or -1 without ties. */
    static int loneliestFriend(TieGraph g, Population pop, int i) {
        int best = -1;
        for (int k = 0; k < g.degree(i); k++) {
            int j = g.neighbour(i, k);
            if (best < 0 || pop.loneliness[j] > pop.loneliness[best]
                    || (pop.loneliness[j] == pop.loneliness[best] && j < best)) {
                best = j;
            }
        }
        return best;
    }

    private static boolean has(byte bits, Choice c) {
        return (bits & c.bit()) != 0;
    }
}
