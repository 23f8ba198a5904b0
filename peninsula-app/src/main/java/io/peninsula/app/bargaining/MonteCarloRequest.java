package io.peninsula.app.bargaining;

import io.peninsula.app.ModelSpec;
import io.peninsula.app.scenario.ScenarioRef;
import java.util.Objects;

/**
 * Monte Carlo over the scenario's uncertain inputs: scenario, model, options ({@code all} or ids),
 * samples, worker threads (results do not depend on them) and the default uncertainty of inputs
 * that declare none (position ± fraction of the scale, salience ± absolute, capability ± relative).
 */
public record MonteCarloRequest(ScenarioRef scenario, ModelSpec model, String options, long samples, int threads,
    double positionNoise, double salienceNoise, double capabilityNoise) {
  public MonteCarloRequest {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(options, "options");
  }
}
