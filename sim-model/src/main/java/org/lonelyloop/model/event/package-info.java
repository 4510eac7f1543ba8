/**
 * Life events: things that happen to people (a move, the loss of a close friend, widowhood, a separation, a
 * lockdown, an illness) and start or deepen loneliness. Like interventions, they act only through the model's
 * state and the pathways (ties, the chance of contact, time at home); none edits loneliness.
 */
package org.lonelyloop.model.event;
