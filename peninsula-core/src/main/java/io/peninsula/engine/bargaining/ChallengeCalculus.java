package io.peninsula.engine.bargaining;

import java.util.Arrays;

/**
 * The per-round arithmetic of {@link ExpectedUtilityModel} for one issue: probabilities of
 * success, utilities, expected utilities of challenges and risk exponents, for the positions of
 * one round. A fresh instance is made per round (per-run state, never shared between threads).
 *
 * <p>Notation (Scholz, Calbert &amp; Smith 2011, section 3): actor k has capability c_k, salience
 * s_k, position x_k and risk exponent r_k; R is the spread of the input positions.
 */
final class ChallengeCalculus {
  private final double[] c;
  private final double[] s;
  private final double[] x;
  private final double range;
  private final BdmVariant variant;
  private final double q;
  private final double mu;
  private double[] r;
  private double[][] probability;
  private double[] statusQuo;

  ChallengeCalculus(double[] c, double[] s, double[] x, double range, BdmVariant variant, double q) {
    this.c = c;
    this.s = s;
    this.x = x;
    this.range = range;
    this.variant = variant;
    this.q = q;
    this.mu = CompromiseModel.weightedMean(c, s, x);
    double[] ones = new double[x.length];
    Arrays.fill(ones, 1.0);
    useRisk(ones);
  }

  /** Sets every actor's risk exponent and recomputes the probabilities of success. */
  void useRisk(double[] risk) {
    this.r = risk.clone();
    this.probability = probabilities();
    this.statusQuo = new double[risk.length];
    Arrays.fill(statusQuo, Double.NaN);
  }

  /** P_ij under the current risk exponents. */
  double probabilityOf(int i, int j) {
    return probability[i][j];
  }

  double[] risk() {
    return r.clone();
  }

  /**
   * Risk exponents from security levels. With every r_k = 1, actor i's danger level is
   * D_i = Σ_{j≠i} E^i(U_ji), the expected utility of all challenges against it; its risk
   * acceptance is R_i = (2 D_i − D_max − D_min)/(D_max − D_min) ∈ [−1, 1], and the exponent
   * r_i = (1 − R_i/3)/(1 + R_i/3) ∈ [0.5, 2]. As in the replication, D_max and D_min are taken over
   * the actors' danger levels (not over positions actor i could hold). When all danger levels are
   * equal (R_i undefined) every exponent is 1. Results are clamped to [0.5, 2] against rounding
   * (the extremes come out as 2.000000000000001).
   */
  double[] riskExponents() {
    int n = x.length;
    if (Arrays.stream(r).anyMatch(v -> v != 1.0)) {
      double[] ones = new double[n];
      Arrays.fill(ones, 1.0);
      useRisk(ones);
    }
    double[] danger = new double[n];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) if (j != i) danger[i] += expectedUtility(i, j, i);
    double max = Arrays.stream(danger).max().orElse(0);
    double min = Arrays.stream(danger).min().orElse(0);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double acceptance = max > min ? (2 * danger[i] - max - min) / (max - min) : 0;
      out[i] = Math.min(2, Math.max(0.5, (1 - acceptance / 3) / (1 + acceptance / 3)));
    }
    return out;
  }

  /**
   * E^p(U_ij): the expected utility to i of challenging j, as actor p (the perspective) computes
   * it, i.e. with p's risk exponent in every utility (as in Scholz et al. and their replication):
   * s_j[P_ij U_s + (1 − P_ij) U_f] + (1 − s_j) U_s − Q U_sq, and for {@code bdm1994} also
   * − (1 − Q)[T U_b + (1 − T) U_w]. U_s = 2 − 4(0.5 − 0.5 d)^r, U_f = 2 − 4(0.5 + 0.5 d)^r,
   * U_sq = 2 − 4(0.5)^r with d = |x_i − x_j| / R.
   */
  double expectedUtility(int perspective, int i, int j) {
    double rp = r[perspective];
    double d = Math.abs(x[i] - x[j]) / range;
    return combine(rp, i, j, 2 - 4 * power(0.5 - 0.5 * d, rp), 2 - 4 * power(0.5 + 0.5 * d, rp), 2 - 4 * power(0.5, rp));
  }

  /**
   * {E^i(U_ij), E^i(U_ji)}: both expected utilities of the exchange between i and j from i's
   * perspective. Same values as two {@link #expectedUtility} calls; the utilities, which depend
   * only on r_i and |x_i − x_j|, are computed once.
   */
  double[] exchange(int i, int j) {
    double ri = r[i];
    double d = Math.abs(x[i] - x[j]) / range;
    double success = 2 - 4 * power(0.5 - 0.5 * d, ri);
    double failure = 2 - 4 * power(0.5 + 0.5 * d, ri);
    double statusQuo = statusQuo(i);
    return new double[] {combine(ri, i, j, success, failure, statusQuo), combine(ri, j, i, success, failure, statusQuo)};
  }

  /** U_sq for perspective p, cached per actor (it depends only on r_p). */
  private double statusQuo(int p) {
    double u = statusQuo[p];
    if (Double.isNaN(u)) {
      u = 2 - 4 * power(0.5, r[p]);
      statusQuo[p] = u;
    }
    return u;
  }

  private double combine(double rp, int i, int j, double success, double failure, double statusQuo) {
    double p = probability[i][j];
    double eu = s[j] * (p * success + (1 - p) * failure) + (1 - s[j]) * success - q * statusQuo;
    if (variant == BdmVariant.BDM1994 && q < 1) {
      double shift = (Math.abs(x[i] - mu) + Math.abs(x[i] - x[j])) / range;
      double better = 2 - 4 * power(Math.max(0, 0.5 - 0.25 * shift), rp);
      double worse = 2 - 4 * power(0.5 + 0.25 * shift, rp);
      double t = Math.abs(x[i] - mu) < Math.abs(x[j] - mu) ? 1 : 0;
      eu -= (1 - q) * (t * better + (1 - t) * worse);
    }
    return eu;
  }

  /**
   * P_ij, the probability that i prevails over j. Votes: v_k(a, b) = c_k s_k (|x_k − x_b|^{r_k}
   * − |x_k − x_a|^{r_k}) / R^{r_k} (k's preference for x_a over x_b). The numerator is
   * Σ_k max(0, v_k(i, j)). {@code scholz2011} divides by Σ_k Σ_a Σ_b |v_k(a, b)|, the absolute
   * votes over all ordered actor pairs (what the replication does; the paper writes the pair's
   * own votes), so P_ij + P_ji < 1. {@code bdm1994} divides by Σ_k |v_k(i, j)|, so
   * P_ij + P_ji = 1. P_ij = 0 when x_i = x_j or no vote is cast.
   */
  /** b^e; exact and fast for the common e = 1 (every exponent during the security phase). */
  private static double power(double b, double e) {
    return e == 1.0 ? b : Math.pow(b, e);
  }

  private double[][] probabilities() {
    int n = x.length;
    double[][] dist = new double[n][n];
    for (int k = 0; k < n; k++)
      for (int a = 0; a < n; a++) dist[k][a] = power(Math.abs(x[k] - x[a]) / range, r[k]);
    double allVotes = 0;
    if (variant == BdmVariant.SCHOLZ2011)
      for (int k = 0; k < n; k++) {
        double w = c[k] * s[k];
        double[] dk = dist[k];
        for (int a = 0; a < n; a++)
          for (int b = 0; b < n; b++) allVotes += Math.abs(w * (dk[b] - dk[a]));
      }
    double[] w = new double[n];
    for (int k = 0; k < n; k++) w[k] = c[k] * s[k];
    double[][] p = new double[n][n];
    // Votes for i over j are the votes against j over i, so one pass per unordered pair serves
    // both directions (votes against accumulated separately so each sum is formed exactly as in a
    // direct pass: Σ max(0, -v) in the same order).
    for (int i = 0; i < n; i++)
      for (int j = i + 1; j < n; j++) {
        if (x[i] == x[j]) continue;
        double favour = 0;
        double against = 0;
        double pairVotes = 0;
        for (int k = 0; k < n; k++) {
          double v = w[k] * (dist[k][j] - dist[k][i]);
          favour += Math.max(0, v);
          against += Math.max(0, -v);
          pairVotes += Math.abs(v);
        }
        double denominator = variant == BdmVariant.SCHOLZ2011 ? allVotes : pairVotes;
        if (denominator > 0) {
          p[i][j] = favour / denominator;
          p[j][i] = against / denominator;
        }
      }
    return p;
  }
}
