/**
 * The {@code sweep} service: Monte Carlo or Sobol studies over scenarios × models × parameter
 * grids from a spec, run on local threads or on Apache Spark (a child JVM with the separately
 * built peninsula-spark module), one tidy table with its provenance.
 */
package io.peninsula.app.sweep;
