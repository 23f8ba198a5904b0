package io.peninsula.error;

import java.util.Objects;

/**
 * An iterative method reached its cap before its stopping rule held (Hipparchus's
 * {@code MathIllegalStateException} with {@code MAX_COUNT_EXCEEDED}). Carries the iterations done,
 * the last change (residual) and the option that raises the cap; the command line exits 1.
 */
public class IterationLimitException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private final long iterations;
  private final double lastChange;
  private final String option;

  /**
   * @param method what was iterating, e.g. {@code lcp}
   * @param iterations iterations (pivots, rounds) done
   * @param lastChange the residual or last change when it stopped; NaN when the method has none
   * @param option the option or parameter that raises the cap, e.g. {@code --max-iterations}
   */
  public IterationLimitException(String method, long iterations, double lastChange, String option) {
    super(method + ": stopped at its limit of " + iterations + " iterations without meeting its stopping rule"
        + (Double.isNaN(lastChange) ? "" : " (last change " + lastChange + ")") + "; raise the limit with " + option);
    this.iterations = iterations;
    this.lastChange = lastChange;
    this.option = Objects.requireNonNull(option, "option");
  }

  public long iterations() {
    return iterations;
  }

  public double lastChange() {
    return lastChange;
  }

  public String option() {
    return option;
  }
}
