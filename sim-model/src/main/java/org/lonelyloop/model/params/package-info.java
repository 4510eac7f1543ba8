/**
 * The model's input: immutable parameter records, units ({@link org.lonelyloop.model.params.Days},
 * {@link org.lonelyloop.model.params.Minutes}) and their bounds ({@link org.lonelyloop.model.params.Range},
 * checked by {@link org.lonelyloop.model.params.Bounds}). Plain Java: the scenario package maps
 * files onto these records, the model reads them.
 */
package org.lonelyloop.model.params;
