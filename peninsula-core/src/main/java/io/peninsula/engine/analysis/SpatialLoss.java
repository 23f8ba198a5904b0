package io.peninsula.engine.analysis;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one loss function of the analyses: how far an outcome sits from what an actor wants, used
 * by {@code compare} ({@link OptionComparison}), {@code montecarlo} ({@link MonteCarlo}) and
 * {@code levers} ({@link Levers}, whose effort is the same normalised distance).
 *
 * <p>An actor's utility for a set of outcomes is the salience-weighted <b>linear</b> loss
 * <pre>
 *   U_i = −Σ_j s_ij · |x̂_j − x_ij| / range_j
 * </pre>
 * over the issues j on which i holds a position: the risk-neutral case (r = 1) of the spatial
 * utility of Bueno de Mesquita (1994, "Political forecasting: an expected utility method", in
 * Bueno de Mesquita &amp; Stokman (eds.), <i>European Community Decision Making</i>), where utility
 * falls linearly with distance on the normalised scale. Achen (2006, in Thomson et al., <i>The
 * European Union Decides</i>) derives the compromise model from <i>quadratic</i> loss instead;
 * linear loss is used because it is scale-free per issue and ranks options as the expected-utility
 * literature does. U_i ∈ [−Σ_j s_ij, 0]; 0 means every outcome sits on the actor's ideal point.
 *
 * <p>Floating point: a term is computed as {@code s · |x̂ − x| / range}, in that order, and
 * subtracted from the running sum in {@link Scenario#positions()} order, so every caller gets the
 * same bits.
 */
public final class SpatialLoss {
  private SpatialLoss() {}

  /** |x − ideal| / range: the distance on the issue's normalised scale (a lever's effort is this distance). */
  public static double distance(double x, double ideal, double range) {
    return Math.abs(x - ideal) / range;
  }

  /** One actor's loss on one issue: salience · |outcome − ideal| / range (≥ 0). */
  public static double loss(double salience, double outcome, double ideal, double range) {
    return salience * Math.abs(outcome - ideal) / range;
  }

  /**
   * U_i for every actor of {@code preferences}, in actor order, with positions and saliences taken
   * from {@code preferences}; issues missing from {@code outcomes} are skipped.
   */
  public static double[] utilities(Scenario preferences, Map<String, Double> outcomes) {
    List<Actor> actors = preferences.actors();
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < actors.size(); k++) index.put(actors.get(k).id(), k);
    Map<String, Double> range = new HashMap<>();
    for (Issue i : preferences.issues()) range.put(i.id(), i.range());
    double[] u = new double[actors.size()];
    for (Position p : preferences.positions()) {
      Double x = outcomes.get(p.issueId());
      if (x == null) continue;
      u[index.get(p.actorId())] -= loss(p.salience(), x, p.position(), range.get(p.issueId()));
    }
    return u;
  }
}
