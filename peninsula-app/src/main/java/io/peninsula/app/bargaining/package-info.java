/** Services over bargaining models: forecast, compare, Monte Carlo, sensitivity, levers, pivotal actors and backtests, each with its typed request and result. */
package io.peninsula.app.bargaining;
