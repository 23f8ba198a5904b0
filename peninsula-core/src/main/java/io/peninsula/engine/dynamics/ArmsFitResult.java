package io.peninsula.engine.dynamics;

import java.util.List;
import java.util.Objects;

/**
 * The Richardson fit of one dyad on {@code config.from()..config.fitTo()} (log spending), its
 * bootstrap intervals, its residuals (one row per fitted year, both states, for simulation noise)
 * and, when the config holds years out, each model's out-of-sample score (Richardson first).
 * {@code lastLogs} are the two states' log spending in {@code config.to()}, where a simulation
 * starts.
 */
public record ArmsFitResult(
    String first, String second, ArmsFitConfig config, RichardsonSystem point, ArmsBootstrap.Result intervals,
    double residualSd, List<double[]> residuals, double[] lastLogs, List<HoldoutScore> scores) {
  public ArmsFitResult {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    residuals = residuals.stream().map(double[]::clone).toList();
    lastLogs = lastLogs.clone();
    scores = List.copyOf(scores);
  }

  @Override
  public double[] lastLogs() {
    return lastLogs.clone();
  }

  /** The best model by dynamic holdout error (ties: the first listed), or empty without a holdout. */
  public java.util.Optional<HoldoutScore> winner() {
    return scores.stream().min(java.util.Comparator.comparingDouble(HoldoutScore::rmseDynamic));
  }
}
