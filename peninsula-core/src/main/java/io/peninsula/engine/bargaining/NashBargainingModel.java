package io.peninsula.engine.bargaining;

import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The asymmetric Nash bargaining solution on each issue: the outcome x in the issue's scale that
 * maximises the weighted log Nash product Σ_i w_i · log(u_i(x) − d_i) over the outcomes every actor
 * weakly prefers to the disagreement point (Nash 1950, "The bargaining problem", Econometrica 18;
 * asymmetric form with bargaining weights: Kalai 1977, "Nonsymmetric Nash solutions and
 * replications of 2-person bargaining", IJGT 6; Roth 1979, <i>Axiomatic Models of Bargaining</i>;
 * application to EU legislation with the reference point as disagreement point: Achen 2006,
 * "Institutional realism and bargaining models", and Thomson et al. 2006, <i>The European Union
 * Decides</i>, ch. 4 and 10).
 *
 * <p>Choices made (each documented in docs/models/nash.md):
 * <ul>
 *   <li>Utility: u_i(x) = −(x − x_i)² ({@code utility=quadratic}, default, Achen's form under
 *       which the Nash solution approaches the compromise model) or u_i(x) = −|x − x_i|
 *       ({@code utility=linear}).
 *   <li>Weights w_i = capability × salience. Salience cannot enter as a scale factor of u_i: the
 *       Nash solution is invariant to positive affine transformations of each utility, so a
 *       multiplied utility would change nothing; it therefore enters as bargaining weight. When
 *       every weight is 0, all actors get weight 1. Actors with weight 0 do not constrain the
 *       outcome.
 *   <li>Disagreement point: the status quo q from the parameter {@code reference.<issueId>=v} or
 *       {@code reference=v} (the backtest sets it from DEU's {@code rp}), d_i = u_i(q). Without a
 *       reference, or with {@code disagreement=worst}, d_i is the actor's worst outcome on the
 *       scale (the far end of the scale from x_i).
 *   <li>Individual rationality: with d = u(q) the feasible set is the intersection of the
 *       intervals [x_i − |q − x_i|, x_i + |q − x_i|] over weighted actors, clipped to the scale. If
 *       it shrinks to {q} (actors on both sides of q, or a weighted actor at q) the solution is q.
 * </ul>
 *
 * <p>Method: on the feasible interval each log-gain is concave, so the objective is concave and
 * unimodal; golden-section search narrows the bracket to {@code tolerance × scale range} in at most
 * {@code maxIterations} steps (≈ 29 for 1e-6), reporting iterations and whether it converged.
 * Cost O(n · iterations) per issue.
 */
public final class NashBargainingModel implements BargainingModel {
  private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

  /** Each issue is forecast from its own data alone. */
  @Override
  public boolean issueSeparable() {
    return true;
  }

  @Override
  public java.util.List<ModelParameter> parameters() {
    return java.util.List.of(
        ModelParameter.choice("utility", "quadratic", java.util.List.of("quadratic", "linear"), "actors' utility of distance from their position"),
        ModelParameter.choice("disagreement", "reference", java.util.List.of("reference", "worst"),
            "disagreement point: the reference (status quo) or each actor's worst point on the scale"),
        ModelParameter.number("reference", "none (each actor's worst point)", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            "status quo on every issue's scale (must lie on the scale)"),
        ModelParameter.number("reference.*", "the value of reference", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            "status quo of one issue: reference.ISSUE_ID=VALUE"));
  }

  @Override
  public java.util.List<String> references() {
    return java.util.List.of("Nash, J. (1950). The bargaining problem. Econometrica 18(2), 155-162.",
        "Achen, C. H. (2006). Evaluating political decision-making models. In The European Union Decides, ch. 10.");
  }

  @Override
  public String name() {
    return "nash";
  }

  @Override
  public String description() {
    return "asymmetric Nash bargaining solution, status quo as disagreement point (Nash 1950; Achen 2006)";
  }

  @Override
  public ForecastResult forecast(Scenario scenario, ModelConfig config) {
    boolean quadratic = switch (config.parameter("utility").orElse("quadratic")) {
      case "quadratic" -> true;
      case "linear" -> false;
      default -> throw new io.peninsula.error.InvalidInputException(
          "parameter utility = '" + config.parameter("utility").get() + "': must be quadratic or linear");
    };
    String disagreement = config.parameter("disagreement").orElse("reference");
    if (!disagreement.equals("reference") && !disagreement.equals("worst"))
      throw new io.peninsula.error.InvalidInputException("parameter disagreement = '" + disagreement + "': must be reference or worst");
    List<IssueForecast> out = new ArrayList<>();
    List<RoundNote> notes = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      IssueData d = IssueData.of(scenario, issue);
      if (d.size() == 0) throw new io.peninsula.error.InvalidInputException("issue " + issue.id() + " has no actor with a position");
      Optional<Double> q = disagreement.equals("worst") ? Optional.empty() : reference(config, issue);
      Solution s = solve(d, q, quadratic, config.maxIterations(), config.tolerance());
      out.add(new IssueForecast(issue.id(), d.actorIds(), List.of(d.inputPositions()), s.outcome(), s.iterations(), s.converged()));
      if (s.statusQuoKept())
        notes.add(new RoundNote(issue.id(), 0, "*", "*", "status-quo",
            String.format(Locale.ROOT, "no outcome other than the status quo %.4g leaves every weighted actor at least as well off; the Nash solution keeps it", q.orElseThrow())));
    }
    return new ForecastResult(name(), out, notes);
  }

  /** The reference point of an issue from {@code reference.<id>} or {@code reference}, if given. */
  static Optional<Double> reference(ModelConfig config, Issue issue) {
    String key = "reference." + issue.id();
    Optional<String> raw = config.parameter(key);
    if (raw.isEmpty()) {
      key = "reference";
      raw = config.parameter(key);
    }
    if (raw.isEmpty()) return Optional.empty();
    double v;
    try {
      v = Double.parseDouble(raw.get().trim());
    } catch (NumberFormatException e) {
      throw new io.peninsula.error.InvalidInputException("parameter " + key + " = '" + raw.get() + "': not a number");
    }
    if (!(v >= issue.min() && v <= issue.max()))
      throw new io.peninsula.error.InvalidInputException("parameter " + key + " = " + raw.get() + ": must lie on the scale of issue "
          + issue.id() + " [" + issue.min() + ", " + issue.max() + "]");
    return Optional.of(v);
  }

  /** The result of one issue's maximisation. */
  record Solution(double outcome, int iterations, boolean converged, boolean statusQuoKept) {}

  /** Maximises the weighted log Nash product for one issue (see the class comment). */
  static Solution solve(IssueData d, Optional<Double> q, boolean quadratic, int maxIterations, double tolerance) {
    int n = d.size();
    double[] x = d.position();
    double[] w = new double[n];
    double total = 0;
    for (int k = 0; k < n; k++) total += w[k] = d.capability()[k] * d.salience()[k];
    if (total <= 0) java.util.Arrays.fill(w, 1.0);
    double min = d.issue().min();
    double max = d.issue().max();
    double[] base = new double[n]; // d_i expressed as a loss: gain = base_i − loss_i(x)
    double lo = min;
    double hi = max;
    for (int k = 0; k < n; k++) {
      double reach = q.isPresent() ? Math.abs(q.get() - x[k]) : Math.max(x[k] - min, max - x[k]);
      base[k] = quadratic ? reach * reach : reach;
      if (w[k] > 0 && q.isPresent()) {
        lo = Math.max(lo, x[k] - reach);
        hi = Math.min(hi, x[k] + reach);
      }
    }
    double eps = tolerance * (max - min);
    if (q.isPresent() && hi - lo <= eps) return new Solution(q.get(), 0, true, true);
    double a = lo;
    double b = hi;
    double c = b - INV_PHI * (b - a);
    double e = a + INV_PHI * (b - a);
    double fc = logNashProduct(c, x, w, base, quadratic);
    double fe = logNashProduct(e, x, w, base, quadratic);
    int it = 0;
    while (b - a > eps && it < maxIterations) {
      it++;
      if (fc >= fe) {
        b = e;
        e = c;
        fe = fc;
        c = b - INV_PHI * (b - a);
        fc = logNashProduct(c, x, w, base, quadratic);
      } else {
        a = c;
        c = e;
        fc = fe;
        e = a + INV_PHI * (b - a);
        fe = logNashProduct(e, x, w, base, quadratic);
      }
    }
    return new Solution((a + b) / 2, it, b - a <= eps, false);
  }

  /** Σ w_i log(base_i − loss_i(t)); −∞ when a weighted actor's gain is not positive. */
  static double logNashProduct(double t, double[] x, double[] w, double[] base, boolean quadratic) {
    double f = 0;
    for (int k = 0; k < x.length; k++) {
      if (w[k] == 0) continue;
      double dist = Math.abs(t - x[k]);
      double gain = base[k] - (quadratic ? dist * dist : dist);
      if (gain <= 0) return Double.NEGATIVE_INFINITY;
      f += w[k] * Math.log(gain);
    }
    return f;
  }
}
