package io.peninsula.app.bargaining;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import java.util.Objects;
import java.util.Optional;

/** Forecast where negotiations settle: on which scenario, with which model, optionally one issue only. */
public record ForecastRequest(ScenarioRef scenario, ModelSpec model, Optional<String> issue) {
  public ForecastRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(issue, "issue");
  }
}
