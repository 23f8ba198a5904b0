package io.peninsula.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The aggregates of a {@link MonteCarlo} run. {@code completed} samples entered the aggregates
 * ({@code completed < requested} only when the run was cancelled). Rows are in option order, then
 * issue (or actor) order.
 */
public record MonteCarloResult(
    String model, long seed, long requested, long completed, boolean cancelled, int bins,
    List<IssueStats> issues, List<ActorOdds> actors) {
  public MonteCarloResult {
    Objects.requireNonNull(model, "model");
    issues = List.copyOf(issues);
    actors = List.copyOf(actors);
  }

  /**
   * The distribution of one issue's outcome under one option over the samples: mean and sample
   * standard deviation (n − 1) exact up to floating point; p05/p50/p95 are the inverse empirical
   * CDF (x_(⌈pn⌉)) to within half a histogram bin; {@code meanChange} is the mean of the paired
   * difference outcome − baseline outcome in the same sample; min and max are exact.
   */
  public record IssueStats(String option, String issue, long n, double mean, double sd,
      double p05, double p50, double p95, double min, double max, double meanChange, double pChange) {
    /**
     * With samples (n &gt; 0) every statistic must be finite (a model output NaN or ±Infinity in some
     * sample is a {@link io.peninsula.error.NonFiniteResultException}, never a printed figure);
     * pChange is NaN when the issue has no status quo. With no sample (a run cancelled at once)
     * the statistics are NaN.
     */
    public IssueStats {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(issue, "issue");
      if (n > 0 && !(Double.isFinite(mean) && Double.isFinite(sd) && Double.isFinite(p05) && Double.isFinite(p50)
          && Double.isFinite(p95) && Double.isFinite(min) && Double.isFinite(max) && Double.isFinite(meanChange)
          && (Double.isNaN(pChange) || Double.isFinite(pChange)))) {
        String what = " of issue " + issue + " under option " + option + " over " + n + " samples";
        double[] v = {mean, sd, p05, p50, p95, min, max, meanChange};
        String[] names = {"the mean outcome", "the standard deviation", "the 5th percentile", "the median",
            "the 95th percentile", "the lowest outcome", "the highest outcome", "the mean change"};
        for (int k = 0; k < v.length; k++) io.peninsula.error.NonFiniteResultException.require(v[k], names[k] + what);
        if (!Double.isNaN(pChange)) io.peninsula.error.NonFiniteResultException.require(pChange, "P(change)" + what);
      }
    }

    /** Statistics of an issue without a status quo (P(change) is NaN). */
    public IssueStats(String option, String issue, long n, double mean, double sd,
        double p05, double p50, double p95, double min, double max, double meanChange) {
      this(option, issue, n, mean, sd, p05, p50, p95, min, max, meanChange, Double.NaN);
    }
  }

  /** In how many of {@code n} samples the option left the actor strictly better off than the baseline. */
  public record ActorOdds(String option, String actor, long n, long better) {
    public ActorOdds {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(actor, "actor");
    }

    public double probability() {
      return n == 0 ? Double.NaN : (double) better / n;
    }
  }
}
