/**
 * Scenarios: the {@link org.lonelyloop.scenario.Scenario} record (what the model reads, {@code
 * model()}, and the studies run on it: panel, experience sampling, survey, output files, sweep and
 * trial, predictions) and the scenario file format that fills it. YAML is read with locations
 * ({@link org.lonelyloop.scenario.LocatedTree}), {@code extends} chains and {@code --set}
 * overrides are laid over the defaults, checked and bound to the records ({@link
 * org.lonelyloop.scenario.ScenarioLoader}), and written back ({@link
 * org.lonelyloop.scenario.ScenarioYaml}). Its own module (scenario-format), above the model: it
 * depends on Jackson and the model's records, and the model cannot see it.
 */
package org.lonelyloop.scenario;
