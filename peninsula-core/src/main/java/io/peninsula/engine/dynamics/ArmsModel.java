package io.peninsula.engine.dynamics;

/**
 * A way of forecasting a dyad's log military expenditure one year ahead, fitted to two aligned
 * series of logs. One class per model: {@link RichardsonEstimator}, {@link RandomWalk},
 * {@link FirstOrderAutoregression}.
 */
public interface ArmsModel {
  /** The model's name as the CLI prints it ({@code richardson}, {@code random_walk}, {@code ar1}). */
  String name();

  /** Fits to {@code x[t], y[t]} (logs, same years, at least {@link #minimumYears()} of them). */
  ArmsStep fit(double[] x, double[] y);

  /** The fewest years of data the fit needs. */
  int minimumYears();
}
