package io.peninsula.app.bargaining;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import java.util.Objects;
import java.util.Optional;

/**
 * Which inputs matter: scenario, model, method ({@code morris} or {@code sobol}), samples (Morris
 * trajectories or Sobol's base sample; empty for the method's default), optionally one issue, how
 * many inputs to report per issue, and optionally R ≥ 2 shifted replicates of the Sobol design
 * (empty: one design with bootstrap intervals). Requests stored before {@code replicates} existed
 * have no such field and read back as empty.
 */
public record SensitivityRequest(ScenarioRef scenario, ModelSpec model, String method, Optional<Integer> samples,
    Optional<String> issue, int top, Optional<Integer> replicates) {
  public SensitivityRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(replicates, "replicates");
  }

  /** Without replicates (bootstrap intervals). */
  public SensitivityRequest(ScenarioRef scenario, ModelSpec model, String method, Optional<Integer> samples, Optional<String> issue, int top) {
    this(scenario, model, method, samples, issue, top, Optional.empty());
  }
}
