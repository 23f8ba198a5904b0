/** Analyses over bargaining models: option comparison, Monte Carlo under input uncertainty, Morris and Sobol sensitivity, levers and pivotal actors. */
package io.peninsula.engine.analysis;
