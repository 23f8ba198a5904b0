package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A fitted Richardson dyad driving two scenario actors' capabilities in a simulation. Each
 * simulated year advances the dyad's log spending {@code (x, y)} by the fitted map plus a year of
 * residuals drawn with replacement from the fit (both states' residuals of one data year
 * together, so their correlation is kept), and rescales the two actors' capabilities so that
 * their ratio follows the ratio of spending, {@code capA / capB ∝ exp(x - y)}, while their sum
 * stays as it was: the dyad's combined weight among the other actors is unchanged. Working with
 * the ratio cancels the common dollar price level exactly, which levels in current dollars would
 * not. The state starts at the last year of data.
 */
public record ArmsDynamics(String firstActor, String secondActor, RichardsonSystem system, List<double[]> residuals, double[] start) {
  public ArmsDynamics {
    Objects.requireNonNull(firstActor, "firstActor");
    Objects.requireNonNull(secondActor, "secondActor");
    Objects.requireNonNull(system, "system");
    if (firstActor.equals(secondActor)) throw new InvalidInputException("arms dyad needs two different actors, got " + firstActor + " twice");
    residuals = residuals.stream().map(double[]::clone).toList();
    if (residuals.isEmpty()) throw new InvalidInputException("arms dynamics need at least one residual year");
    if (start.length != 2) throw new IllegalArgumentException("start must hold (x, y)");
    start = start.clone();
  }

  /** Fits the Richardson model to the two series (whole common span) for actors {@code a} and {@code b}. */
  public static ArmsDynamics fit(String a, String b, AnnualSeries first, AnnualSeries second) {
    if (first.firstYear() != second.firstYear() || first.lastYear() != second.lastYear())
      throw new InvalidInputException("arms series must cover the same years: " + first + " and " + second);
    double[] x = first.logs();
    double[] y = second.logs();
    RichardsonSystem s = new RichardsonEstimator().fit(x, y);
    return new ArmsDynamics(a, b, s, List.of(RichardsonEstimator.residuals(s, x, y)), new double[] {x[x.length - 1], y[y.length - 1]});
  }

  @Override
  public double[] start() {
    return start.clone();
  }

  /** One simulated year from {@code state} = (x, y), with residuals drawn from {@code rng}. */
  public double[] step(double[] state, SplittableRandom rng) {
    double[] next = system.next(state[0], state[1]);
    double[] e = residuals.get(rng.nextInt(residuals.size()));
    return new double[] {next[0] + e[0], next[1] + e[1]};
  }

  /**
   * The two capabilities after the spending ratio moved from {@code before} to {@code after}
   * (log states), keeping their sum.
   */
  public static double[] rescale(double capFirst, double capSecond, double[] before, double[] after) {
    double m = Math.exp((after[0] - after[1]) - (before[0] - before[1]));
    double sum = capFirst + capSecond;
    double a = capFirst * m;
    double denom = a + capSecond;
    if (!(denom > 0) || !Double.isFinite(denom)) return new double[] {capFirst, capSecond};
    double na = sum * a / denom;
    return new double[] {na, sum - na};
  }
}
