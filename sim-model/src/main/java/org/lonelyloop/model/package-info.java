/**
 * The model core: {@link org.lonelyloop.model.LonelyLoop} (MASON SimState and the one factory
 * every caller uses), agent state as arrays ({@link org.lonelyloop.model.state.Population}), the daily
 * phases and deterministic parallel workers. Depends on MASON's engine (not its display), Commons
 * Math and the sub-packages; never on Swing, AWT, files or the scenario file format.
 */
package org.lonelyloop.model;

import org.lonelyloop.model.state.Population;
