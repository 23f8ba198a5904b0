package io.peninsula.engine.analysis;

import java.util.Objects;

/**
 * Settings of a {@link MonteCarlo} run. {@code threads} changes only the wall time, never the
 * numbers; {@code bins} is the resolution of the quantile histograms (each issue's scale is cut in
 * {@code bins} equal bins, so quantiles are exact to range / (2·bins)).
 */
public record MonteCarloConfig(long seed, long samples, int threads, UncertaintyDefaults defaults, int bins) {
  public static final int DEFAULT_BINS = 10_000;

  public MonteCarloConfig {
    if (samples < 1) throw new io.peninsula.error.InvalidInputException("samples must be >= 1, got " + samples);
    if (threads < 1) throw new io.peninsula.error.InvalidInputException("threads must be >= 1, got " + threads);
    if (bins < 1 || bins > 1_000_000) throw new io.peninsula.error.InvalidInputException("bins must be in [1, 1000000], got " + bins);
    Objects.requireNonNull(defaults, "defaults");
  }

  public static MonteCarloConfig of(long seed, long samples, int threads) {
    return new MonteCarloConfig(seed, samples, threads, UncertaintyDefaults.standard(), DEFAULT_BINS);
  }
}
