package io.peninsula.engine.bargaining;

import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The weighted median voter model: the outcome is the position of the actor at which cumulative
 * capability × salience weight first reaches half the total, scanning positions in ascending order
 * (Black 1948, "On the rationale of group decision-making", JPE 56; weighted form as in Achen 2006,
 * eq. 4.3). When the cumulative weight equals exactly half at a position, the outcome is the
 * midpoint between it and the next position (the set of medians is then an interval; we take its
 * centre so the result does not depend on actor order).
 */
public final class MedianVoterModel implements BargainingModel {
  /** Each issue is forecast from its own data alone. */
  @Override
  public boolean issueSeparable() {
    return true;
  }

  @Override
  public java.util.List<String> references() {
    return java.util.List.of("Black, D. (1948). On the rationale of group decision-making. Journal of Political Economy 56(1), 23-34.");
  }

  @Override
  public String name() {
    return "median";
  }

  @Override
  public String description() {
    return "capability x salience weighted median position (Black 1948)";
  }

  @Override
  public ForecastResult forecast(Scenario scenario, ModelConfig config) {
    List<IssueForecast> out = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      IssueData d = IssueData.of(scenario, issue);
      if (d.size() == 0) throw new io.peninsula.error.InvalidInputException("issue " + issue.id() + " has no actor with a position");
      double[] w = new double[d.size()];
      for (int k = 0; k < w.length; k++) w[k] = d.capability()[k] * d.salience()[k];
      out.add(new IssueForecast(issue.id(), d.actorIds(), List.of(d.inputPositions()), weightedMedian(d.position(), w), 0, true));
    }
    return new ForecastResult(name(), out, List.of());
  }

  @Override
  public Optional<IssueKernel> issueKernel(ModelConfig config) {
    return Optional.of((issue, c, x, s) -> {
      if (x.length == 0) throw new io.peninsula.error.InvalidInputException("issue " + issue.id() + " has no actor with a position");
      double[] w = new double[x.length];
      for (int k = 0; k < w.length; k++) w[k] = c[k] * s[k];
      return weightedMedian(x, w);
    });
  }

  /** Weighted median of x with weights w (all-zero weights: unweighted median). */
  public static double weightedMedian(double[] x, double[] w) {
    int n = x.length;
    double total = Arrays.stream(w).sum();
    double[] weights = total > 0 ? w : filled(n);
    if (total <= 0) total = n;
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) order[k] = k;
    Arrays.sort(order, Comparator.comparingDouble(k -> x[k]));
    double half = total / 2;
    double cum = 0;
    for (int r = 0; r < n; r++) {
      int k = order[r];
      cum += weights[k];
      double eps = 1e-12 * total;
      if (Math.abs(cum - half) <= eps && r + 1 < n) return (x[k] + x[order[r + 1]]) / 2;
      if (cum > half) return x[k];
    }
    return x[order[n - 1]];
  }

  private static double[] filled(int n) {
    double[] a = new double[n];
    Arrays.fill(a, 1.0);
    return a;
  }
}
