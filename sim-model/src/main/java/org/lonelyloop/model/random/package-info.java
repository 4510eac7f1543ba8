/**
 * Random numbers derived from the scenario's seed. Every draw in the model comes from a
 * {@link org.lonelyloop.model.random.RandomStream} keyed by (seed, day, purpose, agent), never from
 * shared mutable generators, so results do not depend on thread count or visiting order.
 * Depends on nothing but the JDK.
 */
package org.lonelyloop.model.random;
