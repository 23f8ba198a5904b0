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
   * The parameters {@code --param KEY=VALUE} may set, with type, default, range and meaning. A key
   * not listed here is refused before the model runs. Empty for a model without parameters.
   */
  default java.util.List<ModelParameter> parameters() {
    return java.util.List.of();
  }

  /** The variants {@code --variant} may name, first the default; empty when the model has none. */
  default java.util.List<String> variants() {
    return java.util.List.of();
  }

  /** The publications the model implements, one citation each. */
  default java.util.List<String> references() {
    return java.util.List.of();
  }

  /**
   * The number of rounds a fixed-horizon variant runs whatever happens (BDM's published rounds,
   * the exchange model's rounds); empty for a model that iterates until it converges. A result that
   * stops at this horizon has run its course, not failed to converge.
   */
  default java.util.Optional<Integer> fixedHorizon(ModelConfig config) {
    return java.util.Optional.empty();
  }

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
}
