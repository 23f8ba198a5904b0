package io.peninsula.app.dynamics;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import io.peninsula.engine.dynamics.ArmsDynamics;
import java.util.Objects;
import java.util.Optional;

/**
 * A years-ahead simulation: scenario, model (with its seed and constraint), years, runs, worker
 * threads (results do not depend on them) and, optionally, a fitted arms dyad driving two actors'
 * capabilities.
 */
public record SimulateRequest(ScenarioRef scenario, ModelSpec model, int years, int runs, int threads, Optional<ArmsDynamics> arms) {
  public SimulateRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(arms, "arms");
  }
}
