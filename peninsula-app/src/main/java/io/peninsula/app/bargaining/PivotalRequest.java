package io.peninsula.app.bargaining;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import java.util.Objects;
import java.util.Optional;

/** Which actors move the outcome: scenario, model, optionally one issue. */
public record PivotalRequest(ScenarioRef scenario, ModelSpec model, Optional<String> issue) {
  public PivotalRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(issue, "issue");
  }
}
