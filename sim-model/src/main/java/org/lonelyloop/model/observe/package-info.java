/**
 * What the model lets the outside world see: the pathway ledger, the daily population measures and
 * their column definitions. Outputs (CSV, charts, GUI) are built on this package, never on the
 * population arrays directly. No I/O.
 */
package org.lonelyloop.model.observe;
