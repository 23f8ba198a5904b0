package io.peninsula.engine.bargaining;

import java.util.Arrays;

/**
 * The per-round arithmetic of {@link ExpectedUtilityModel} for one issue: probabilities of
 * success, utilities, expected utilities of challenges and risk exponents, for the positions of
 * one round.
 *
 * <p>Notation (Scholz, Calbert &amp; Smith 2011, section 3): actor k has capability c_k, salience
 * s_k, position x_k and risk exponent r_k; R is the spread of the input positions.
 *
 * <p><b>Cost and exactness.</b> One instance is scratch space for one thread: {@link #issue} and
 * {@link #positions} reuse its arrays for every round of every issue (a Monte Carlo sample of
 * korea-2025 runs ~300 rounds), so a round allocates nothing. Actors at the same position form a
 * class (after a confrontation the loser takes the winner's position, so classes are common: 4.9
 * distinct positions per 7.6 actors on average in korea-2025 samples); distances, P_ij and the
 * utilities of an exchange depend on an actor only through its position and are computed once
 * per class, the powers x^{r} (most of the cost) included. Every sum is formed in the order of the
 * plain formulas and terms that are exactly +0 are the only ones skipped, so the numbers are
 * bit-identical to a direct evaluation (the tests compare with one).
 */
final class ChallengeCalculus {
  private final BdmVariant variant;
  private final double q;
  /** bdm1994 with Q &lt; 1: the expected utility carries the (1 − Q)[T U_b + (1 − T) U_w] term. */
  private final boolean statusQuoTerm;
  private int n;
  private double[] c;
  private double[] s;
  private double[] x;
  private double range;
  private double mu;
  private double[] w = new double[0];
  /** Whether max(0, v) may be formed as (|v| + v)/2 (branch-free, and exact unless |v| + v overflows). */
  private boolean halvingExact;
  /** cls[a]: the first actor at a's position; reps: the first actor of each class, ascending. */
  private int[] cls = new int[0];
  private int[] reps = new int[0];
  private int classes;
  /** |x_k − x_a| / R, row k. */
  private double[] d1 = new double[0];
  /** (|x_k − x_a| / R)^{r_k}, row k. */
  private double[] dist = new double[0];
  /** P_ij for class representatives i, j (0 on the diagonal); read through {@link #probabilityOf}. */
  private double[] p = new double[0];
  private double[] r = new double[0];
  private double[] statusQuo = new double[0];
  private double[] danger = new double[0];
  private double[] success = new double[0];
  private double[] failure = new double[0];
  private double[] shiftOwn = new double[0];
  private double[] shiftOther = new double[0];

  ChallengeCalculus(BdmVariant variant, double q) {
    this.variant = variant;
    this.q = q;
    this.statusQuoTerm = variant == BdmVariant.BDM1994 && q < 1;
  }

  /** A calculus for one round at positions x, every risk exponent 1 (tests and one-off use). */
  ChallengeCalculus(double[] c, double[] s, double[] x, double range, BdmVariant variant, double q) {
    this(variant, q);
    issue(c, s, x.length, range);
    positions(x);
  }

  /** Starts an issue: n actors with capabilities c and saliences s (read, not copied), spread R. */
  void issue(double[] c, double[] s, int n, double range) {
    this.c = c;
    this.s = s;
    this.n = n;
    this.range = range;
    if (w.length < n) grow(n);
    double largest = 0;
    for (int k = 0; k < n; k++) {
      w[k] = c[k] * s[k];
      largest = Math.max(largest, w[k]);
    }
    // positions stay within the inputs' span R, so distances are at most 1 (up to rounding),
    // |v_k| <= w_k, and |v| + v cannot overflow while every w_k < 2^1022
    halvingExact = largest < 0x1p1022;
  }

  private void grow(int size) {
    w = new double[size];
    cls = new int[size];
    reps = new int[size];
    d1 = new double[size * size];
    dist = new double[size * size];
    p = new double[size * size];
    r = new double[size];
    statusQuo = new double[size];
    danger = new double[size];
    success = new double[size];
    failure = new double[size];
    shiftOwn = new double[size];
    shiftOther = new double[size];
  }

  /**
   * Starts a round at positions x (read, not copied; the first n entries): the weighted mean, the
   * distances and the probabilities of success with every risk exponent 1.
   */
  void positions(double[] x) {
    this.x = x;
    this.mu = CompromiseModel.weightedMean(c, s, x, n);
    classes = 0;
    for (int a = 0; a < n; a++) {
      int first = a;
      for (int t = 0; t < classes; t++)
        if (x[reps[t]] == x[a]) {
          first = reps[t];
          break;
        }
      cls[a] = first;
      if (first == a) reps[classes++] = a;
    }
    for (int k = 0; k < n; k++) {
      d1[k * n + k] = 0;
      for (int a = k + 1; a < n; a++) {
        double d = Math.abs(x[k] - x[a]) / range;
        d1[k * n + a] = d;
        d1[a * n + k] = d;
      }
    }
    Arrays.fill(r, 0, n, 1.0);
    Arrays.fill(statusQuo, 0, n, Double.NaN);
    probabilities(d1);
  }

  /** Sets every actor's risk exponent and recomputes the probabilities of success. */
  void useRisk(double[] risk) {
    System.arraycopy(risk, 0, r, 0, n);
    Arrays.fill(statusQuo, 0, n, Double.NaN);
    for (int k = 0; k < n; k++) {
      double rk = r[k];
      int row = k * n;
      for (int a = 0; a < n; a++) {
        int first = cls[a];
        dist[row + a] = first < a ? dist[row + first] : power(d1[row + a], rk);
      }
    }
    probabilities(dist);
  }

  /** P_ij under the current risk exponents. */
  double probabilityOf(int i, int j) {
    return p[cls[i] * n + cls[j]];
  }

  double[] risk() {
    return Arrays.copyOf(r, n);
  }

  /** {@link #riskExponents(double[])} into a new array. */
  double[] riskExponents() {
    double[] out = new double[n];
    riskExponents(out);
    return out;
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
  void riskExponents(double[] out) {
    for (int k = 0; k < n; k++)
      if (r[k] != 1.0) {
        positions(x);
        break;
      }
    for (int i = 0; i < n; i++) {
      double di = 0;
      for (int j = 0; j < n; j++) if (j != i) di += expectedUtility(i, j, i);
      danger[i] = di;
    }
    double max = danger[0];
    double min = danger[0];
    for (int i = 1; i < n; i++) {
      max = Math.max(max, danger[i]);
      min = Math.min(min, danger[i]);
    }
    for (int i = 0; i < n; i++) {
      double acceptance = max > min ? (2 * danger[i] - max - min) / (max - min) : 0;
      out[i] = Math.min(2, Math.max(0.5, (1 - acceptance / 3) / (1 + acceptance / 3)));
    }
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
    double eu = combine(i, j, 2 - 4 * power(0.5 - 0.5 * d, rp), 2 - 4 * power(0.5 + 0.5 * d, rp), 2 - 4 * power(0.5, rp));
    return statusQuoTerm ? eu - statusQuoAdjustment(rp, i, j) : eu;
  }

  /**
   * Both expected utilities of i's exchange with every actor j at another position, from i's
   * perspective: own[j] = E^i(U_ij), other[j] = E^i(U_ji) (entries for actors at x_i are left
   * alone). The same numbers as {@link #expectedUtility}(i, i, j) and (i, j, i); the utilities,
   * which depend only on r_i and |x_i − x_j|, are computed once per position.
   */
  void exchanges(int i, double[] own, double[] other) {
    double ri = r[i];
    double sq = statusQuo(i);
    int ci = cls[i];
    for (int t = 0; t < classes; t++) {
      int j = reps[t];
      if (j == ci) continue;
      double d = Math.abs(x[i] - x[j]) / range;
      success[j] = 2 - 4 * power(0.5 - 0.5 * d, ri);
      failure[j] = 2 - 4 * power(0.5 + 0.5 * d, ri);
      if (statusQuoTerm) {
        shiftOwn[j] = statusQuoAdjustment(ri, i, j);
        shiftOther[j] = statusQuoAdjustment(ri, j, i);
      }
    }
    for (int j = 0; j < n; j++) {
      int cj = cls[j];
      if (cj == ci) continue;
      double eOwn = combine(i, j, success[cj], failure[cj], sq);
      double eOther = combine(j, i, success[cj], failure[cj], sq);
      own[j] = statusQuoTerm ? eOwn - shiftOwn[cj] : eOwn;
      other[j] = statusQuoTerm ? eOther - shiftOther[cj] : eOther;
    }
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

  private double combine(int i, int j, double success, double failure, double statusQuo) {
    double pij = probabilityOf(i, j);
    return s[j] * (pij * success + (1 - pij) * failure) + (1 - s[j]) * success - q * statusQuo;
  }

  /** bdm1994: (1 − Q)[T U_b + (1 − T) U_w] for i challenging j, in the utilities of exponent rp. */
  private double statusQuoAdjustment(double rp, int i, int j) {
    double shift = (Math.abs(x[i] - mu) + Math.abs(x[i] - x[j])) / range;
    double better = 2 - 4 * power(Math.max(0, 0.5 - 0.25 * shift), rp);
    double worse = 2 - 4 * power(0.5 + 0.25 * shift, rp);
    double t = Math.abs(x[i] - mu) < Math.abs(x[j] - mu) ? 1 : 0;
    return (1 - q) * (t * better + (1 - t) * worse);
  }

  /**
   * b^e; exact shortcuts for e = 1 (every exponent during the security phase) and for b = 0 with
   * e &gt; 0 (actors at one position), where {@link Math#pow} returns b and +0 too.
   */
  private static double power(double b, double e) {
    if (e == 1.0) return b;
    if (b == 0 && e > 0) return 0;
    return Math.pow(b, e);
  }

  /**
   * P_ij, the probability that i prevails over j. Votes: v_k(a, b) = c_k s_k (|x_k − x_b|^{r_k}
   * − |x_k − x_a|^{r_k}) / R^{r_k} (k's preference for x_a over x_b), from {@code dk} = the
   * distances to the power r_k, row k. The numerator is Σ_k max(0, v_k(i, j)). {@code scholz2011}
   * divides by Σ_k Σ_a Σ_b |v_k(a, b)|, the absolute votes over all ordered actor pairs (what the
   * replication does; the paper writes the pair's own votes), so P_ij + P_ji &lt; 1. {@code
   * bdm1994} divides by Σ_k |v_k(i, j)|, so P_ij + P_ji = 1. P_ij = 0 when x_i = x_j or no vote is
   * cast.
   */
  private void probabilities(double[] dk) {
    double allVotes = 0;
    if (variant == BdmVariant.SCHOLZ2011)
      // a = b adds |w·0| = +0, which leaves the sum unchanged: skipped
      for (int k = 0; k < n; k++) {
        double wk = w[k];
        int row = k * n;
        for (int a = 0; a < n; a++) {
          double da = dk[row + a];
          for (int b = 0; b < a; b++) allVotes += Math.abs(wk * (dk[row + b] - da));
          for (int b = a + 1; b < n; b++) allVotes += Math.abs(wk * (dk[row + b] - da));
        }
      }
    // Votes for i over j are the votes against j over i, so one pass per unordered pair of
    // positions serves both directions and every actor at them (votes against accumulated
    // separately so each sum is formed exactly as in a direct pass: Σ max(0, -v) in k order).
    for (int ti = 0; ti < classes; ti++) {
      int i = reps[ti];
      p[i * n + i] = 0;
      for (int tj = ti + 1; tj < classes; tj++) {
        int j = reps[tj];
        double favour = 0;
        double against = 0;
        double pairVotes = 0;
        for (int k = 0; k < n; k++) {
          double v = w[k] * (dk[k * n + j] - dk[k * n + i]);
          double a = Math.abs(v);
          if (halvingExact) {
            // max(0, ±v) = (|v| ± v)/2 exactly: a sum of equal doubles or +0, then a halving
            favour += (a + v) * 0.5;
            against += (a - v) * 0.5;
          } else {
            favour += Math.max(0, v);
            against += Math.max(0, -v);
          }
          pairVotes += a;
        }
        double denominator = variant == BdmVariant.SCHOLZ2011 ? allVotes : pairVotes;
        p[i * n + j] = denominator > 0 ? favour / denominator : 0;
        p[j * n + i] = denominator > 0 ? against / denominator : 0;
      }
    }
  }
}
