/**
 * The pathways of the model brief, one class each with its own parameter record. A pathway reads
 * population state, adds its push to today's accumulators (use drive, contact factor, loneliness
 * terms) for its own agents only, and records its contribution in the ledger. Depends on the model
 * core, the network and observe packages; no I/O.
 */
package org.lonelyloop.model.pathway;
