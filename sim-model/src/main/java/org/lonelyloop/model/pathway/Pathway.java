package org.lonelyloop.model.pathway;

import org.lonelyloop.model.DailyProcess;

/**
 * A switchable mechanism from the model brief. A pathway that is switched off is simply not
 * scheduled, so its ledger entries stay zero; its strength parameters may be negative to test the
 * reverse hypothesis.
 */
public interface Pathway extends DailyProcess {
    /** The pathway's key in scenario files (under {@code pathways:}), ODD.md and output columns. */
    String key();
}
