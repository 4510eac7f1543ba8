/**
 * The core submodels every run has, whichever pathways are switched on: clearing the day, drawing
 * use, initiating and resolving face-to-face contact, moving loneliness, forming ties. Depends on
 * the model core, network, observe and params packages; no I/O.
 */
package org.lonelyloop.model.submodel;
