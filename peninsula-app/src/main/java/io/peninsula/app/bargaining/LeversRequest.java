package io.peninsula.app.bargaining;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import java.util.Objects;

/** Whom to persuade: scenario, model, the issue to move, the outcome wanted and how close is close enough (scale points). */
public record LeversRequest(ScenarioRef scenario, ModelSpec model, String issue, double target, double tolerance) {
  public LeversRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(issue, "issue");
  }
}
