package io.peninsula.engine.backtest;

import java.util.List;
import java.util.Objects;

/**
 * How well one model forecast a set of cases: the number of cases scored, the mean and median
 * absolute error |forecast − observed| in the issues' scale units, and the cases the model could not
 * forecast as {@code "<case id>: <message>"} (it threw {@link IllegalArgumentException}; they are
 * not scored).
 */
public record ModelScore(String model, int issues, double mae, double medianAe, List<String> failed) {
  public ModelScore {
    Objects.requireNonNull(model, "model");
    if (issues < 0) throw new IllegalArgumentException("issues must be >= 0, got " + issues);
    failed = List.copyOf(failed);
  }
}
