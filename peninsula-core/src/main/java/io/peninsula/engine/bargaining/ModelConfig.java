package io.peninsula.engine.bargaining;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings common to all bargaining models plus model-specific parameters by name (e.g.
 * {@code variant=scholz2011}). Every iterative model honours {@code maxIterations} and
 * {@code tolerance} and reports whether it converged.
 */
public record ModelConfig(long seed, int maxIterations, double tolerance, Map<String, String> parameters) {
  public static final int DEFAULT_MAX_ITERATIONS = 100;
  public static final double DEFAULT_TOLERANCE = 1e-6;

  public ModelConfig {
    if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
    if (!(tolerance >= 0)) throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
    parameters = Map.copyOf(new TreeMap<>(Objects.requireNonNull(parameters, "parameters")));
  }

  public static ModelConfig defaults() {
    return new ModelConfig(0L, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, Map.of());
  }

  public ModelConfig withParameter(String key, String value) {
    var m = new TreeMap<>(parameters);
    m.put(key, value);
    return new ModelConfig(seed, maxIterations, tolerance, m);
  }

  public ModelConfig withSeed(long newSeed) {
    return new ModelConfig(newSeed, maxIterations, tolerance, parameters);
  }

  public ModelConfig withMaxIterations(int n) {
    return new ModelConfig(seed, n, tolerance, parameters);
  }

  public Optional<String> parameter(String key) {
    return Optional.ofNullable(parameters.get(key));
  }
}
