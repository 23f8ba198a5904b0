/** Scoring bargaining models against observed outcomes (mean and median absolute error). */
package io.peninsula.engine.backtest;
