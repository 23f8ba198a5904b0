package io.peninsula.engine.bargaining;

import io.peninsula.model.Scenario;
import java.util.Optional;

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

  /**
   * True when each issue's forecast depends only on that issue's positions and saliences and the
   * actors' capabilities — not on the other issues, their order, or the seed — so a caller may
   * re-forecast just the issues a change touches (Monte Carlo does, for options that edit a few
   * issues). False unless a model declares it.
   */
  default boolean issueSeparable() {
    return false;
  }

  /**
   * The same trajectories and outcomes as {@link #forecast} but possibly without the round notes
   * (explanations), which cost string formatting that Monte Carlo, sensitivity analysis and
   * levers never read. Models whose notes are costly override this; the default forecasts.
   */
  default ForecastResult forecastWithoutNotes(Scenario scenario, ModelConfig config) {
    return forecast(scenario, config);
  }

  /**
   * For an {@link #issueSeparable()} model, a kernel that computes one issue's outcome from
   * arrays, exactly as {@link #forecast} does (Monte Carlo uses it to skip building a scenario per
   * sample); empty when the model has none. Each call returns a new kernel for one thread.
   *
   * @throws IllegalArgumentException when the config does not fit the model, as {@link #forecast}
   */
  default Optional<IssueKernel> issueKernel(ModelConfig config) {
    return Optional.empty();
  }

  /**
   * For a model that forecasts all issues jointly, a kernel that computes every issue's outcome of
   * a scenario with {@code structure}'s actors, issues and positions from arrays, exactly as
   * {@link #forecast} does (Monte Carlo and sweeps use it to skip building a scenario and a full
   * trajectory per sample); empty when the model has none. The numbers of {@code structure} are
   * not read. Each call returns a new kernel for one thread.
   *
   * @throws IllegalArgumentException when the structure or config does not fit the model, as {@link #forecast}
   */
  default Optional<ScenarioKernel> scenarioKernel(Scenario structure, ModelConfig config) {
    return Optional.empty();
  }
}
