package io.peninsula.engine.bargaining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The expected-utility model as it was computed before the allocation-free {@link ChallengeRounds}
 * and {@link ChallengeCalculus} (commit 26f84f9): a fresh calculus per round, every power and
 * probability computed per actor pair, offers as records. Kept verbatim as the reference the fast
 * code must match bit for bit ({@code ChallengeRoundsTest}).
 */
final class ExpectedUtilityReference {
  private ExpectedUtilityReference() {}

  /** One accepted offer. */
  record Offer(int receiver, int proposer, ChallengeOffer.Kind kind, double euOwn, double euOther, double newPosition) {}

  /** Positions per round (0 = inputs) and accepted offers per round. */
  record Run(List<double[]> positions, List<List<Offer>> moves, boolean converged) {}

  static Run run(double[] c0, double[] s, double[] x0, BdmVariant variant, int rounds, double q, boolean capitulation, double tolerance) {
    // added with the overflow fix: capabilities near Double.MAX_VALUE scaled by a power of two
    double[] c = HugeWeights.fit(c0, s);
    double[] x = x0.clone();
    double range = spread(x);
    List<double[]> positions = new ArrayList<>(List.of(x.clone()));
    List<List<Offer>> moves = new ArrayList<>();
    if (range == 0) return new Run(positions, moves, true);
    boolean converged = false;
    for (int round = 1; round <= rounds && !converged; round++) {
      Calculus calc = new Calculus(c, s, x, range, variant, q);
      calc.useRisk(calc.riskExponents());
      List<Offer> accepted = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        Offer o = best(calc, x, i, variant, capitulation);
        if (o != null) accepted.add(o);
      }
      double[] next = x.clone();
      double largest = 0;
      for (Offer o : accepted) {
        next[o.receiver()] = o.newPosition();
        largest = Math.max(largest, Math.abs(o.newPosition() - x[o.receiver()]));
      }
      converged = largest <= tolerance;
      x = next;
      positions.add(x.clone());
      moves.add(List.copyOf(accepted));
    }
    return new Run(positions, moves, converged);
  }

  private static Offer best(Calculus calc, double[] x, int i, BdmVariant variant, boolean capitulation) {
    boolean scholz = variant == BdmVariant.SCHOLZ2011;
    Offer best = null;
    int bestPriority = Integer.MAX_VALUE;
    double bestKey = Double.POSITIVE_INFINITY;
    for (int j = 0; j < x.length; j++) {
      if (x[j] == x[i]) continue;
      double[] e = calc.exchange(i, j);
      Offer o = classify(i, j, x[i], x[j], e[0], e[1], capitulation);
      if (o == null) continue;
      int priority = scholz ? o.kind().ordinal() : 0;
      double key = scholz && o.kind() == ChallengeOffer.Kind.COMPROMISE
          ? (Math.abs(o.euOwn()) * x[i] + Math.abs(o.euOther()) * x[j]) / (Math.abs(o.euOwn()) + Math.abs(o.euOther()))
          : Math.abs(o.newPosition() - x[i]);
      boolean better = best == null || priority < bestPriority
          || (priority == bestPriority && (key < bestKey || (key == bestKey && o.newPosition() < best.newPosition())));
      if (better) {
        best = o;
        bestPriority = priority;
        bestKey = key;
      }
    }
    return best;
  }

  private static Offer classify(int i, int j, double xi, double xj, double eij, double eji, boolean capitulation) {
    if (eji > eij && eij > 0) return new Offer(i, j, ChallengeOffer.Kind.CONFLICT, eij, eji, xj);
    if (eji > 0 && 0 > eij) {
      if (eji > Math.abs(eij))
        return new Offer(i, j, ChallengeOffer.Kind.COMPROMISE, eij, eji, xi + (xj - xi) * Math.abs(eij / eji));
      if (capitulation && eji < Math.abs(eij)) return new Offer(i, j, ChallengeOffer.Kind.CAPITULATION, eij, eji, xj);
    }
    return null;
  }

  private static double spread(double[] x) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max - min;
  }

  /** The per-round arithmetic, as it was. */
  static final class Calculus {
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

    Calculus(double[] c, double[] s, double[] x, double range, BdmVariant variant, double q) {
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
}
