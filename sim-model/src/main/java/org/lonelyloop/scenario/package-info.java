/**
 * The scenario file format: YAML read with locations ({@link org.lonelyloop.scenario.LocatedTree}),
 * {@code extends} chains and {@code --set} overrides laid over the defaults, checked and bound to
 * the model's parameter records ({@link org.lonelyloop.scenario.ScenarioLoader}), and written back
 * ({@link org.lonelyloop.scenario.ScenarioYaml}). Depends on Jackson and the model's params
 * package; the model never depends on this package.
 */
package org.lonelyloop.scenario;
