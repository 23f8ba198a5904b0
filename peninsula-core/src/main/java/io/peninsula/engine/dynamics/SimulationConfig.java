package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
/**
 * How many years to simulate, how many runs, the seed and the worker threads (threads never
 * change results: run r, year t always draws from the stream {@link #stream(long, int, int)}).
 */
public record SimulationConfig(int years, int runs, long seed, int threads) {
  /** An issue counts as changed from today when it moved more than this share of its scale. */
  public static final double CHANGE_TOLERANCE = 0.01;

  public SimulationConfig {
    if (years < 1 || years > 200) throw new InvalidInputException("years must be in [1, 200], got " + years);
    if (runs < 1) throw new InvalidInputException("runs must be at least 1, got " + runs);
    if (threads < 1) throw new InvalidInputException("threads must be at least 1, got " + threads);
  }

  /** The seed of run {@code run}'s year {@code year} stream: SplitMix64 finalisers over (seed, run, year). */
  public static long stream(long seed, int run, int year) {
    return mix(mix(seed ^ 0x9E3779B97F4A7C15L * (run + 1L)) + 0xD1B54A32D192ED03L * (year + 1L));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
