package io.peninsula.app.dynamics;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import java.util.Objects;
import java.util.Optional;

/**
 * A years-ahead simulation: scenario, model (with its seed and constraint), years, runs, worker
 * threads (results do not depend on them) and, optionally, an arms dyad (two actors and the states
 * whose military expenditure drives their capabilities; the service fits it).
 */
public record SimulateRequest(ScenarioRef scenario, ModelSpec model, int years, int runs, int threads, Optional<ArmsFitService.DyadRequest> arms) {
  public SimulateRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(arms, "arms");
  }
}
