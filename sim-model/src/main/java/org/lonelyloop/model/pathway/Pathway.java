package org.lonelyloop.model.pathway;

import org.lonelyloop.model.state.DailyProcess;

/**
 * A switchable mechanism from the model brief. A pathway that is switched off is simply not
 * scheduled, so its ledger entries stay zero; its strength parameters may be negative to test the
 * reverse hypothesis.
 */
public interface Pathway extends DailyProcess {
    /**
     * The pathway's parameters: a component of {@link PathwayParams}, whose name is the pathway's key
     * in scenario files, ODD.md and output columns ({@link PathwayParams#keyOf}).
     */
    Record parameters();
}
