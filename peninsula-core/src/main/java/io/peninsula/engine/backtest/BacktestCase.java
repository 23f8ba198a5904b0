package io.peninsula.engine.backtest;

import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision with a known result: a scenario holding exactly one issue (its own actor set), the
 * reference point (status quo) when the data records one, and the observed outcome on the issue's
 * scale. Backtests forecast the scenario and compare the forecast with {@code observed}.
 */
public record BacktestCase(String id, Scenario scenario, Optional<Double> reference, double observed) {
  public BacktestCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(reference, "reference");
    if (scenario.issues().size() != 1)
      throw new io.peninsula.error.InvalidInputException("case " + id + ": a backtest case holds exactly one issue, got " + scenario.issues().size());
    if (!Double.isFinite(observed)) throw new io.peninsula.error.InvalidInputException("case " + id + ": observed outcome must be finite");
    reference.ifPresent(r -> {
      if (!Double.isFinite(r)) throw new io.peninsula.error.InvalidInputException("case " + id + ": reference point must be finite");
    });
  }

  /** The single issue of the case. */
  public Issue issue() {
    return scenario.issues().get(0);
  }
}
