package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the Richardson model to a dyad's military expenditure and scores it out of sample against
 * a random walk and an AR(1).
 *
 * <p><b>Scale.</b> The data (SIPRI, COW) are in current US dollars and no price deflator can be
 * shipped from the data at hand, so the models work in natural logs. A common dollar price level
 * {@code P} then enters each state's series additively ({@code ln X = ln X_real + ln P}): its
 * steady growth is absorbed by the grievance constants, and what remains is the term
 * {@code (k - a) ln P}, small when reaction and fatigue are of similar size. Logs also make the
 * coefficients comparable across states of very different size (in 2018 the US spent ~15 × South
 * Korea), which levels would not. Richardson's coefficients are then elasticity-like: {@code k}
 * is the change in the growth rate per 1 % more rival spending.
 *
 * <p>Complexity: O(n) per fit, O(B n) for B bootstrap replicates.
 */
public final class ArmsFit {
  private ArmsFit() {}

  /** Fits {@code first} and {@code second} (each covering {@code config.from()..config.to()}). */
  public static ArmsFitResult fit(AnnualSeries first, AnnualSeries second, ArmsFitConfig config) {
    double[] x = first.between(config.from(), config.to()).logs();
    double[] y = second.between(config.from(), config.to()).logs();
    int fitN = config.fitTo() - config.from() + 1;
    RichardsonEstimator richardson = new RichardsonEstimator();
    if (fitN < richardson.minimumYears())
      throw new InvalidInputException("the fit window " + config.from() + "-" + config.fitTo() + " has " + fitN
          + " years; the Richardson fit needs at least " + richardson.minimumYears() + " (widen --from/--to or shorten --holdout)");
    double[] fx = java.util.Arrays.copyOf(x, fitN);
    double[] fy = java.util.Arrays.copyOf(y, fitN);
    RichardsonSystem point = richardson.fit(fx, fy);
    ArmsBootstrap.Result intervals = ArmsBootstrap.run(fx, fy, point, config.bootstrap(), config.level(), config.seed());
    double[][] res = RichardsonEstimator.residuals(point, fx, fy);
    double ss = 0;
    for (double[] r : res) ss += r[0] * r[0] + r[1] * r[1];
    double sd = Math.sqrt(ss / (2.0 * res.length));
    List<HoldoutScore> scores = new ArrayList<>();
    if (config.holdoutFrom().isPresent()) {
      for (ArmsModel m : List.of(richardson, new RandomWalk(), new FirstOrderAutoregression()))
        scores.add(score(m, x, y, fitN));
    }
    return new ArmsFitResult(first.name(), second.name(), config, point, intervals, sd, List.of(res),
        new double[] {x[x.length - 1], y[y.length - 1]}, scores);
  }

  /** Fits {@code m} on the first {@code fitN} years of the logs and forecasts the rest. */
  static HoldoutScore score(ArmsModel m, double[] x, double[] y, int fitN) {
    ArmsStep step = m.fit(java.util.Arrays.copyOf(x, fitN), java.util.Arrays.copyOf(y, fitN));
    int h = x.length - fitN;
    double one = 0;
    double dyn = 0;
    double dx = x[fitN - 1];
    double dy = y[fitN - 1];
    for (int t = fitN; t < x.length; t++) {
      double[] p = step.next(x[t - 1], y[t - 1]);
      one += sq(p[0] - x[t]) + sq(p[1] - y[t]);
      double[] q = step.next(dx, dy);
      dx = q[0];
      dy = q[1];
      dyn += sq(dx - x[t]) + sq(dy - y[t]);
    }
    return new HoldoutScore(m.name(), h, Math.sqrt(one / (2.0 * h)), Math.sqrt(dyn / (2.0 * h)));
  }

  private static double sq(double v) {
    return v * v;
  }
}
