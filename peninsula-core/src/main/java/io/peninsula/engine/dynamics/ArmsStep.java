package io.peninsula.engine.dynamics;

/**
 * A fitted one-year map of a dyad's log military expenditure: given this year's {@code (x, y)}
 * (natural logs of the two states' spending), the expected next year's pair. Implementations are
 * immutable.
 */
public interface ArmsStep {
  /** The expected {@code (x, y)} one year after {@code (x, y)}. */
  double[] next(double x, double y);
}
