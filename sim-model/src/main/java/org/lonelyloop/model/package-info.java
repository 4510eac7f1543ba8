/**
 * The model's engine: {@link org.lonelyloop.model.LonelyLoop} (MASON SimState and the one factory
 * every caller uses), the day's plan, the world's builder and the parameters the model reads
 * ({@link org.lonelyloop.model.ModelParams}). Below it, each on
 * its floor (FloorsTest): observe; the processes (submodel, pathway, event, intervention); state
 * (agent state as arrays, {@link org.lonelyloop.model.state.Population}, and what a process sees of
 * its day); random, network, scale; params. Depends on MASON's engine (not its display) and Commons
 * Math; never on Swing, AWT, files or the scenario file format, which is another module's.
 */
package org.lonelyloop.model;
