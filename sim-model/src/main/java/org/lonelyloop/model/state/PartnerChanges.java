package org.lonelyloop.model.state;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The partnerships that ended or began, natural and scripted: those of the last day run, in the
 * order they happened (what a study reads after each day: events.csv, panel.csv), and the listeners
 * told of each as it happens (event studies). Kept apart from the SimState, which only records
 * them as its processes report them.
 */
public final class PartnerChanges implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ArrayList<PartnerChange> today = new ArrayList<>();
    private int day = Integer.MIN_VALUE;
    /** Not saved in checkpoints: a listener belongs to the program that runs the model. */
    private transient List<Consumer<PartnerChange>> listeners;

    /**
     * Adds a listener called with every partnership that ends or begins, burn-in included, in the
     * order they happen.
     */
    public void listen(Consumer<PartnerChange> listener) {
        if (listeners == null) {
            listeners = new ArrayList<>();
        }
        listeners.add(listener);
    }

    void record(PartnerChange change) {
        if (day != change.day()) {
            today.clear();
            day = change.day();
        }
        today.add(change);
        if (listeners != null) {
            for (Consumer<PartnerChange> l : listeners) {
                l.accept(change);
            }
        }
    }

    /** The partnerships that ended or began on {@code day}, if it is the last day run (else none). */
    public List<PartnerChange> on(int day) {
        return this.day == day ? Collections.unmodifiableList(today) : List.of();
    }

    /** Partnerships of this kind that ended or began on {@code day}, if it is the last day run (else 0). */
    public int count(int day, PartnerChange.Kind kind) {
        int n = 0;
        for (PartnerChange c : on(day)) {
            if (c.kind() == kind) {
                n++;
            }
        }
        return n;
    }
}
