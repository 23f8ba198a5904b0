package io.peninsula.engine.analysis;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * "Whom to persuade, and by how much": for one issue and a target outcome, for every actor on the
 * issue, the smallest change of one lever — its position on the issue, its salience on the issue,
 * or its capability — that moves the model's forecast to the target, the others held fixed.
 *
 * <p>Method: the outcome g(v) is evaluated on a grid of {@code GRID} + 1 values over the lever's
 * range (position: the issue's scale; salience: [0, 1]; capability: [0, 10 × current]); every
 * sign change of g(v) − target (and every exact hit) is refined by bisection to 1e-9 of the range,
 * so non-monotone models are handled as far as the grid resolves them. Of the roots, the one
 * nearest the current value is reported. A root where the outcome jumps past the target (a
 * discontinuity, common in challenge models) is kept only if the outcome there is within
 * {@code tolerance} of the target; otherwise the lever is "not reachable" and the closest outcome
 * found is reported. Effort is |change| / width of the lever's range ({@link SpatialLoss#distance}, the
 * normalised distance of the loss function), the sort key.
 */
public final class Levers {
  /** Grid intervals scanned per lever. */
  public static final int GRID = 40;

  /** One actor's lever. {@code to}/{@code outcome} are the closest found when not reachable. */
  public record Lever(String actor, String lever, double from, double to, double outcome, boolean reachable, double effort) {
    public double change() {
      return to - from;
    }
  }

  private Levers() {}

  /**
   * @param tolerance how close (scale points) the outcome must come to the target
   */
  public static List<Lever> find(Scenario s, BargainingModel model, ModelConfig config, String issueId, double target, double tolerance) {
    Issue issue = s.issue(issueId).orElseThrow(() -> new io.peninsula.error.InvalidInputException("unknown issue " + issueId));
    if (target < issue.min() || target > issue.max())
      throw new io.peninsula.error.InvalidInputException("target " + target + " is outside the scale [" + issue.min() + ", " + issue.max() + "] of " + issueId);
    List<Lever> out = new ArrayList<>();
    for (Position p : s.positionsOn(issueId)) {
      Actor a = s.actor(p.actorId()).orElseThrow();
      DoubleFunction<Double> pos = v -> outcome(s.apply(new ScenarioEdit.SetPosition(a.id(), issueId, v)), model, config, issueId);
      DoubleFunction<Double> sal = v -> outcome(s.apply(new ScenarioEdit.SetSalience(a.id(), issueId, v)), model, config, issueId);
      DoubleFunction<Double> cap = v -> outcome(s.apply(new ScenarioEdit.SetCapability(a.id(), v)), model, config, issueId);
      out.add(search(a.id(), "position", p.position(), issue.min(), issue.max(), pos, target, tolerance));
      out.add(search(a.id(), "salience", p.salience(), 0, 1, sal, target, tolerance));
      out.add(search(a.id(), "capability", a.capability(), 0, Math.max(10 * a.capability(), 1e-9), cap, target, tolerance));
    }
    out.sort(Comparator.comparing((Lever l) -> !l.reachable()).thenComparingDouble(Lever::effort));
    return out;
  }

  private static double outcome(Scenario s, BargainingModel model, ModelConfig config, String issueId) {
    return model.forecastWithoutNotes(s, config).issue(issueId).orElseThrow().outcome();
  }

  static Lever search(String actor, String name, double current, double lo, double hi, DoubleFunction<Double> g,
      double target, double tolerance) {
    double width = hi - lo;
    double[] v = new double[GRID + 1];
    double[] f = new double[GRID + 1];
    for (int i = 0; i <= GRID; i++) {
      v[i] = lo + width * i / GRID;
      f[i] = g.apply(v[i]) - target;
    }
    double bestRoot = Double.NaN;
    double bestOutcome = Double.NaN;
    double closestV = v[0];
    double closestF = f[0];
    for (int i = 0; i <= GRID; i++) {
      if (Math.abs(f[i]) < Math.abs(closestF)) {
        closestF = f[i];
        closestV = v[i];
      }
      double root = Double.NaN;
      double fr = Double.NaN;
      if (f[i] == 0) {
        root = v[i];
        fr = 0;
      } else if (i < GRID && Math.signum(f[i]) * Math.signum(f[i + 1]) < 0) {
        double a = v[i];
        double b = v[i + 1];
        double fa = f[i];
        while (b - a > 1e-9 * width) {
          double m = 0.5 * (a + b);
          double fm = g.apply(m) - target;
          if (fm == 0) {
            a = m;
            b = m;
            break;
          }
          if (Math.signum(fm) == Math.signum(fa)) {
            a = m;
            fa = fm;
          } else {
            b = m;
          }
        }
        double fa2 = g.apply(a) - target;
        double fb2 = g.apply(b) - target;
        root = Math.abs(fa2) <= Math.abs(fb2) ? a : b;
        fr = Math.abs(fa2) <= Math.abs(fb2) ? fa2 : fb2;
        if (Math.abs(fr) < Math.abs(closestF)) {
          closestF = fr;
          closestV = root;
        }
      }
      if (!Double.isNaN(root) && Math.abs(fr) <= tolerance
          && (Double.isNaN(bestRoot) || Math.abs(root - current) < Math.abs(bestRoot - current))) {
        bestRoot = root;
        bestOutcome = target + (g.apply(root) - target);
      }
    }
    if (!Double.isNaN(bestRoot))
      return new Lever(actor, name, current, bestRoot, bestOutcome, true, SpatialLoss.distance(bestRoot, current, width));
    return new Lever(actor, name, current, closestV, target + closestF, false, Double.POSITIVE_INFINITY);
  }
}
