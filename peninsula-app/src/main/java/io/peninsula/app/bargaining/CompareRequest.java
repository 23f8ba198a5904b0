package io.peninsula.app.bargaining;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import java.util.Objects;

/** Compare policy options against the baseline: scenario, model, and {@code all} or a comma-separated list of option ids. */
public record CompareRequest(ScenarioRef scenario, ModelSpec model, String options) {
  public CompareRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(options, "options");
  }
}
