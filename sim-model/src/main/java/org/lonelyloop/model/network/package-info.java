/**
 * Social networks as compact arrays: {@link org.lonelyloop.model.network.TieGraph} (fixed slots per
 * agent, symmetric strengths) and the generators that fill them. Depends on MASON's random number
 * generator only; no I/O.
 */
package org.lonelyloop.model.network;
