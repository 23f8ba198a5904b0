package io.peninsula.engine.bargaining;

import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The compromise model: the outcome on each issue is the mean of positions weighted by capability
 * × salience, x̂ = Σ c_i s_i x_i / Σ c_i s_i (Achen 2006, "Institutional realism and bargaining
 * models", in Thomson et al., <i>The European Union Decides</i>, eq. 4.1; the same figure is the
 * per-round "weighted mean" of Scholz, Calbert &amp; Smith 2011).
 *
 * <p>A one-shot model: the trajectory holds round 0 only. When every weight is zero the plain
 * mean of positions is used (documented fallback; an issue with no actors is an error).
 */
public final class CompromiseModel implements BargainingModel {
  /** Each issue is forecast from its own data alone. */
  @Override
  public boolean issueSeparable() {
    return true;
  }

  @Override
  public java.util.List<String> references() {
    return java.util.List.of("Achen, C. H. (2006). Evaluating political decision-making models. In Thomson et al. (eds.), The European Union Decides, ch. 10.");
  }

  @Override
  public String name() {
    return "compromise";
  }

  @Override
  public String description() {
    return "capability x salience weighted mean of positions (Achen 2006)";
  }

  @Override
  public ForecastResult forecast(Scenario scenario, ModelConfig config) {
    List<IssueForecast> out = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      IssueData d = IssueData.of(scenario, issue);
      if (d.size() == 0) throw new io.peninsula.error.InvalidInputException("issue " + issue.id() + " has no actor with a position");
      out.add(new IssueForecast(issue.id(), d.actorIds(), List.of(d.inputPositions()),
          weightedMean(d.capability(), d.salience(), d.position()), 0, true));
    }
    return new ForecastResult(name(), out, List.of());
  }

  @Override
  public Optional<IssueKernel> issueKernel(ModelConfig config) {
    return Optional.of((issue, c, x, s) -> {
      if (x.length == 0) throw new io.peninsula.error.InvalidInputException("issue " + issue.id() + " has no actor with a position");
      return weightedMean(c, s, x);
    });
  }

  /** Σ c s x / Σ c s; the plain mean when all weights are zero. */
  public static double weightedMean(double[] c, double[] s, double[] x) {
    return weightedMean(c, s, x, x.length);
  }

  /**
   * {@link #weightedMean(double[], double[], double[])} of the first n entries. When the sums
   * overflow (capabilities near {@link Double#MAX_VALUE}), the weights are scaled by a power of two
   * and the mean formed again: the same mean, exactly (see {@link HugeWeights}); any other input
   * takes the first, unchanged, path.
   */
  static double weightedMean(double[] c, double[] s, double[] x, int n) {
    double num = 0;
    double den = 0;
    for (int k = 0; k < n; k++) {
      double w = c[k] * s[k];
      num += w * x[k];
      den += w;
    }
    if (!Double.isFinite(num) || !Double.isFinite(den)) {
      int shift = HugeWeights.shift(c, s, n);
      num = 0;
      den = 0;
      for (int k = 0; k < n; k++) {
        double w = Math.scalb(c[k] * s[k], shift);
        num += w * x[k];
        den += w;
      }
    }
    if (den > 0) return num / den;
    double sum = 0;
    for (int k = 0; k < n; k++) sum += x[k];
    return sum / n;
  }
}
