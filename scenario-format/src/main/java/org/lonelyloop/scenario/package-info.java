/**
 * The scenario file format: YAML read with locations ({@link org.lonelyloop.scenario.LocatedTree}),
 * {@code extends} chains and {@code --set} overrides laid over the defaults, checked and bound to
 * the model's parameter records ({@link org.lonelyloop.scenario.ScenarioLoader}), and written back
 * ({@link org.lonelyloop.scenario.ScenarioYaml}). Its own module (scenario-format), above the
 * model: it depends on Jackson and the model's records, and the model cannot see it.
 */
package org.lonelyloop.scenario;
