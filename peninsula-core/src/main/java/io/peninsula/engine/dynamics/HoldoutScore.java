package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
import java.util.Objects;

/**
 * How one model forecast the held-out years, in log points (0.05 ≈ 5 %), pooled over both states:
 * {@code rmseOneStep} from the actual previous year each time, {@code rmseDynamic} iterating the
 * model from the last fitted year without looking at the held-out data (the multi-year forecast a
 * simulation makes).
 */
public record HoldoutScore(String model, int years, double rmseOneStep, double rmseDynamic) {
  public HoldoutScore {
    Objects.requireNonNull(model, "model");
    if (years < 1) throw new InvalidInputException("a holdout needs at least one year, got " + years);
  }
}
