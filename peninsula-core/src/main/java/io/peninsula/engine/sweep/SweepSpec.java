package io.peninsula.engine.sweep;

import io.peninsula.engine.analysis.UncertaintyDefaults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a sweep computes: for every scenario × model × model-parameter set, a Monte Carlo study
 * (outcome statistics of every chosen option on every issue) or a Sobol study (first- and
 * total-order indices of every uncertain input on those outcomes). See docs/sweeps.md for the
 * file format ({@code SweepSpecReader} in peninsula-formats reads it).
 *
 * @param scenarios bundled scenario names or file paths, as the caller resolves them
 * @param options option ids; empty means every option of each scenario
 * @param samples Monte Carlo samples, or the Sobol base sample size N
 * @param params model parameter grid: key {@code name} applies to every model, {@code model.name}
 *     to that model only; each key's values are crossed with the others' (insertion order)
 * @param noise default input uncertainty where a scenario declares none
 */
public record SweepSpec(Kind kind, List<String> scenarios, List<String> models, List<String> options, long samples, long seed,
    Map<String, List<String>> params, UncertaintyDefaults noise) {
  /** The study run for each scenario × model × parameter set. */
  public enum Kind {
    MONTECARLO, SOBOL;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public SweepSpec {
    Objects.requireNonNull(kind, "kind");
    scenarios = List.copyOf(scenarios);
    models = List.copyOf(models);
    options = List.copyOf(options);
    if (scenarios.isEmpty()) throw new IllegalArgumentException("scenarios: at least one scenario is needed");
    if (models.isEmpty()) throw new IllegalArgumentException("models: at least one model is needed");
    if (samples < 2) throw new IllegalArgumentException("samples must be >= 2, got " + samples);
    if (kind == Kind.SOBOL && samples > Integer.MAX_VALUE) throw new IllegalArgumentException("samples (Sobol N) too large: " + samples);
    Map<String, List<String>> p = new LinkedHashMap<>();
    for (var e : params.entrySet()) {
      if (e.getValue().isEmpty()) throw new IllegalArgumentException("params: " + e.getKey() + " has no values");
      p.put(e.getKey(), List.copyOf(e.getValue()));
    }
    params = java.util.Collections.unmodifiableMap(p);
    Objects.requireNonNull(noise, "noise");
  }
}
