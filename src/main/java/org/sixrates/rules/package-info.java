/**
 * The assessment scheme (DESIGN §3): the rates, their measures and weights,
 * normalization, aggregation, grades and awards, read from a YAML file and validated at
 * load so that a scheme that loads is one the engine can score without surprise.
 */
package org.sixrates.rules;
