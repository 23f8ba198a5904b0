package io.peninsula.app.bargaining;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import java.util.Objects;
import java.util.Optional;

/**
 * Which inputs matter: scenario, model, method ({@code morris} or {@code sobol}), samples (Morris
 * trajectories or Sobol's base sample; empty for the method's default) and optionally one issue.
 */
public record SensitivityRequest(ScenarioRef scenario, ModelSpec model, String method, Optional<Integer> samples,
    Optional<String> issue) {
  public SensitivityRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(issue, "issue");
  }
}
