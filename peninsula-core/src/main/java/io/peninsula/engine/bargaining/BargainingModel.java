package io.peninsula.engine.bargaining;

import io.peninsula.model.Scenario;

/**
 * A model that forecasts where a multi-actor negotiation settles. Implementations are immutable,
 * thread-safe and deterministic for a given {@link ModelConfig#seed()}; all per-run state lives in
 * the call. Each implementation's Javadoc names the paper and equations it implements.
 */
public interface BargainingModel {
  /** The CLI name, e.g. {@code compromise}, {@code bdm}. */
  String name();

  /** One line: what the model computes and its reference. */
  String description();

  /**
   * Forecast every issue of the scenario (models that work issue by issue run each issue
   * independently; multi-dimensional models run all issues jointly).
   *
   * @throws IllegalArgumentException when the scenario or config does not fit the model (message
   *     names the field and what is allowed)
   */
  ForecastResult forecast(Scenario scenario, ModelConfig config);
}
