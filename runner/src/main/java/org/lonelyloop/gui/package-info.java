/**
 * The classroom GUI on MASON's Console: {@link org.lonelyloop.gui.LonelyLoopWithUI} wraps the
 * model as MASON's GUIState and draws it (network view, live charts, loop diagram, diary); the
 * Model tab is {@link org.lonelyloop.gui.ClassroomControls}. Reads the model only through its
 * public observation API ({@code AgentView}, {@code DayRecord}) and changes it only through
 * {@code retune}, {@code startIntervention} and {@code stopIntervention}. May use Swing, MASON's
 * display classes, JFreeChart and the report's {@code Look}; nothing here writes files.
 */
package org.lonelyloop.gui;
