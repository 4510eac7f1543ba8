/**
 * Interventions, one class per type with its parameter record ({@link
 * org.lonelyloop.model.intervention.InterventionTypes} names them). An intervention selects its
 * participants on its first day ({@link org.lonelyloop.model.state.TargetGroup}, coverage)
 * and, on the days each keeps to it (adherence), sets that agent's modifiers: the population's
 * "today" arrays the pathways and the daily-use step read. None edits loneliness directly.
 * Depends on the model core, network, observe and params packages; no I/O.
 */
package org.lonelyloop.model.intervention;

import org.lonelyloop.model.state.TargetGroup;
