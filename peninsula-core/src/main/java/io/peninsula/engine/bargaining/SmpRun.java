package io.peninsula.engine.bargaining;

import io.peninsula.engine.bargaining.SmpOptions.BargainModel;
import io.peninsula.engine.bargaining.SmpOptions.ThirdParty;
import io.peninsula.engine.bargaining.SmpOptions.VotingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Per-run state of {@link SpatialModelOfPolitics}: one KTAB "BCN" turn (build, challenge,
 * negotiate) over flat arrays. Positions are on KTAB's internal [0,1] scale, row-major
 * {@code x[i * d + k]}. Ideals always equal positions (KTAB's default identity accommodation
 * matrix), so {@code aUtil[h](n, n) = 1} and only distances between positions are needed.
 */
final class SmpRun {
  /** A proposed bargain: initiator, receiver, the positions each would adopt, and why. */
  record Bargain(int init, int rcvr, double[] posInit, double[] posRcvr, double pWin, double gain) {}

  /** The result of one turn: new positions, the bargains proposed, the bargain each actor took. */
  record Turn(double[] next, List<Bargain> bargains, int[] chosen) {}

  private static final int PARALLEL_MIN_ACTORS = 24;

  private final SmpOptions o;
  private final int n;
  private final int d;
  private final double[] cap;
  private final double[] sal;
  private final double[] salSum;
  private final double[] salSq;
  private final SmpChallenges ch;
  /** Work arrays of {@link #step}, overwritten every turn (a run is used by one thread). */
  private final double[] turnDist;
  private final double[] turnDistT;
  private final double[] turnSelfU;
  private final double[] turnSq;

  SmpRun(SmpOptions options, double[] cap, double[] sal, int dims) {
    this.o = options;
    this.n = cap.length;
    this.d = dims;
    this.cap = cap;
    this.sal = sal;
    this.salSum = new double[n];
    this.salSq = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      double q = 0;
      for (int k = 0; k < d; k++) {
        double v = sal[i * d + k];
        s = s + v;
        q = q + v * v;
      }
      salSum[i] = s;
      salSq[i] = q;
    }
    this.ch = new SmpChallenges(options, cap, sal, salSum, dims);
    this.turnDist = new double[n * n];
    this.turnDistT = new double[n * n];
    this.turnSelfU = new double[n * n];
    this.turnSq = new double[n];
  }

  /** KTAB {@code SMPModel::bvDiff}: salience-weighted distance sqrt(Σ (s_ik δ_k)² / Σ s_ik²) from i's ideal. */
  double dist(int i, double[] xi, int oi, double[] xj, int oj) {
    double ds = 0;
    for (int k = 0; k < d; k++) {
      double t = (xi[oi + k] - xj[oj + k]) * sal[i * d + k];
      ds = ds + t * t;
    }
    return Math.sqrt(ds / salSq[i]);
  }

  /** All pairwise distances dist[i*n+j] = distance of j's position from i's ideal (= position). */
  double[] distances(double[] x) {
    return distances(x, new double[n * n]);
  }

  private double[] distances(double[] x, double[] m) {
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) m[i * n + j] = i == j ? 0 : dist(i, x, i * d, x, j * d);
    return m;
  }

  /**
   * KTAB {@code SMPState::setAllAUtil}: win probabilities of actors' positions under risk-neutral
   * utilities (voting weight = capability), then risk attitudes R_i from them (bigRfromProb).
   */
  double[] riskAttitudes(double[] dist) {
    double[] rn = new double[n * n];
    for (int q = 0; q < n * n; q++) rn[q] = SmpVoting.util(dist[q], 0);
    double[] c = SmpVoting.coalitions(o.votingRule(), cap, rn, n, n);
    return SmpVoting.bigR(SmpVoting.pce(o.pce(), o.victoryProb(), c, n), o.bigRRange());
  }

  /** One BCN turn from positions x. */
  Turn step(double[] x, SplittableRandom rng) {
    double[] dist = distances(x, turnDist);
    double[] r = riskAttitudes(dist);
    Bargain[][] proposals = new Bargain[n][];
    double[] distT = turnDistT; // distT[j*n+m] = dist[m*n+j]: contiguous over m
    for (int m = 0; m < n; m++) for (int j = 0; j < n; j++) distT[j * n + m] = dist[m * n + j];
    if (n >= PARALLEL_MIN_ACTORS) {
      IntStream.range(0, n).parallel().forEach(i -> proposals[i] = challenge(i, x, dist, distT, r, new Scratch(n)));
    } else {
      Scratch scratch = new Scratch(n);
      for (int i = 0; i < n; i++) proposals[i] = challenge(i, x, dist, distT, r, scratch);
    }
    List<Bargain> all = new ArrayList<>();
    for (Bargain[] bs : proposals) for (Bargain b : bs) all.add(b);
    int nAll = all.size();
    // each actor's options: its status quo (option 0), then the bargains naming it by initiator
    // order; opts[k][b - 1] is the index in `all` of k's option b
    int[] count = new int[n];
    for (Bargain b : all) {
      count[b.init()]++;
      count[b.rcvr()]++;
    }
    int[][] opts = new int[n][];
    for (int k = 0; k < n; k++) opts[k] = new int[count[k]];
    java.util.Arrays.fill(count, 0);
    for (int g = 0; g < nAll; g++) {
      Bargain b = all.get(g);
      opts[b.init()][count[b.init()]++] = g;
      opts[b.rcvr()][count[b.rcvr()]++] = g;
    }
    double[] selfU = turnSelfU; // aUtil[h](h, m): h's utility of m's position
    for (int h = 0; h < n; h++) {
      double rh = SmpVoting.estR(r[h], r[h], o.bigRAdjust());
      for (int m = 0; m < n; m++) selfU[h * n + m] = SmpVoting.util(dist[h * n + m], rh);
    }
    // each actor's utility of every option, once per turn (a bargain is an option of both actors it names)
    double[] sq = turnSq;
    for (int a = 0; a < n; a++) {
      double v = 0.0;
      for (int m = 0; m < n; m++) v = v + selfU[a * n + m];
      sq[a] = v / n;
    }
    double[] bu = new double[nAll * n];
    for (int g = 0; g < nAll; g++) bargainUtilities(all.get(g), x, r, selfU, bu, g * n);
    double[][] probs = new double[n][];
    if (n >= PARALLEL_MIN_ACTORS) IntStream.range(0, n).parallel().forEach(k -> probs[k] = bargainProbabilities(opts[k], sq, bu));
    else for (int k = 0; k < n; k++) probs[k] = bargainProbabilities(opts[k], sq, bu);
    double[] next = x.clone();
    int[] chosen = new int[n];
    for (int k = 0; k < n; k++) {
      int m = o.stochastic() ? sample(probs[k], rng) : argMax(probs[k]);
      if (m == 0) {
        chosen[k] = -1;
        continue;
      }
      chosen[k] = opts[k][m - 1];
      Bargain b = all.get(chosen[k]);
      System.arraycopy(b.init() == k ? b.posInit() : b.posRcvr(), 0, next, k * d, d);
    }
    return new Turn(next, all, chosen);
  }

  /** Work arrays of one actor's challenge round, reused for the next actor on the same thread. */
  private static final class Scratch {
    final double[] uToI;
    final double[] twoPlusOne;
    final double[] three;
    final double[] pe = new double[2];

    Scratch(int n) {
      uToI = new double[n];
      twoPlusOne = new double[n];
      three = new double[n];
    }
  }

  /**
   * KTAB {@code SMPState::doBCN(i)} and {@code bestChallenge}: i evaluates challenging every j from its
   * own perspective; the best j with expected gain above 1e-5 (first j on ties, as KTAB's strict
   * comparison in ascending j) gets a proposed bargain.
   */
  private Bargain[] challenge(int i, double[] x, double[] dist, double[] distT, double[] r, Scratch sc) {
    double[] eR = estimates(i, r);
    double[] uToI = sc.uToI; // i's estimate of every actor's utility of i's position
    for (int m = 0; m < n; m++) uToI[m] = SmpVoting.util(dist[m * n + i], eR[m]);
    boolean fast = o.votingRule() == VotingRule.PROP && o.thirdParty() == ThirdParty.SEMICOMMIT;
    if (fast) SmpChallenges.thirdPartyTerms(uToI, sc.twoPlusOne, sc.three);
    int best = -1;
    double bestP = 0;
    double bestEu = -1.0;
    double[] pe = sc.pe;
    for (int j = 0; j < n; j++) {
      if (j == i) continue;
      if (fast) ch.probEduChlgFast(eR, distT, i, j, uToI, sc.twoPlusOne, sc.three, pe);
      else pe = ch.probEduChlg(eR, dist, i, i, j, uToI);
      if (1e-5 < pe[1] && bestEu < pe[1]) {
        best = j;
        bestP = pe[0];
        bestEu = pe[1];
      }
    }
    if (best < 0) return new Bargain[0];
    int j = best;
    Bargain iij = ch.interpolate(i, j, x, bestP, 1 - bestP, bestEu);
    if (o.bargainModel() == BargainModel.INITONLYINTERP) return new Bargain[] {iij};
    // KTAB reads "j's estimate of the probability that i defeats j" as get<1> of
    // probEduChlg(j, i, i, j), which is j's estimate of i's expected gain, not the probability
    // (smpbcn.cpp, doBCN). Only the non-default bargain models use it; we reproduce KTAB.
    double pji = ch.probEduChlg(estimates(j, r), dist, i, i, j, null)[1];
    Bargain jij = ch.interpolate(i, j, x, pji, 1 - pji, bestEu);
    if (o.bargainModel() == BargainModel.INITRCVRINTERP) return new Bargain[] {iij, jij};
    // KTAB's power-weighted compromise: wi = c_i Σs_i, wj = c_(init of brgnJIJ) Σs_j. KTAB takes
    // the capability of brgnJIJ's initiator, which is i, not j (smpbcn.cpp); we reproduce that.
    double wi = cap[i] * salSum[i];
    double wj = cap[i] * salSum[j];
    double[] pi = new double[d];
    double[] pj = new double[d];
    for (int k = 0; k < d; k++) {
      pi[k] = (wi * iij.posInit()[k] + wj * jij.posInit()[k]) / (wi + wj);
      pj[k] = (wi * iij.posRcvr()[k] + wj * jij.posRcvr()[k]) / (wi + wj);
    }
    return new Bargain[] {new Bargain(i, j, pi, pj, bestP, bestEu)};
  }

  /** h's estimates of every actor's risk attitude. */
  double[] estimates(int h, double[] r) {
    double[] e = new double[n];
    for (int m = 0; m < n; m++) e[m] = SmpVoting.estR(r[h], r[m], o.bigRAdjust());
    return e;
  }

  /**
   * Every actor a's utility of the positions after bargain g (a's ideal, risk attitude R_a and
   * saliences): the mean over all actors' positions, the two parties at their bargained positions,
   * into {@code bu[at + a]} (KTAB {@code updateBestBrgnPositions}, per option).
   */
  private void bargainUtilities(Bargain g, double[] x, double[] r, double[] selfU, double[] bu, int at) {
    for (int a = 0; a < n; a++) {
      double v = 0.0;
      v = v + SmpVoting.util(dist(a, x, a * d, g.posInit(), 0), r[a]);
      v = v + SmpVoting.util(dist(a, x, a * d, g.posRcvr(), 0), r[a]);
      for (int m = 0; m < n; m++) if (m != g.init() && m != g.rcvr()) v = v + selfU[a * n + m];
      bu[at + a] = v / n;
    }
  }

  /**
   * KTAB {@code SMPState::updateBestBrgnPositions(k)}: every actor values each option for k by
   * the mean utility of all positions after it ({@code sq[a]} for k's status quo, option 0;
   * {@link #bargainUtilities} for the bargains {@code opt} naming k); a probabilistic Condorcet
   * election among the options (voting weight = capability) gives their probabilities.
   */
  private double[] bargainProbabilities(int[] opt, double[] sq, double[] bu) {
    int nb = opt.length + 1;
    double[] u = new double[n * nb];
    for (int a = 0; a < n; a++) {
      u[a * nb] = sq[a];
      for (int b = 1; b < nb; b++) u[a * nb + b] = bu[opt[b - 1] * n + a];
    }
    double[] c = SmpVoting.coalitions(o.votingRule(), cap, u, n, nb);
    return SmpVoting.pce(o.pce(), o.victoryProb(), c, nb);
  }

  /** KTAB {@code ndxMaxAbs}: the first index of the largest value. */
  static int argMax(double[] p) {
    int best = 0;
    double max = -1.0;
    for (int m = 0; m < p.length; m++) {
      if (max < Math.abs(p[m])) {
        max = Math.abs(p[m]);
        best = m;
      }
    }
    return best;
  }

  private static int sample(double[] p, SplittableRandom rng) {
    double u = rng.nextDouble();
    double cum = 0;
    for (int m = 0; m < p.length; m++) {
      cum += p[m];
      if (u < cum) return m;
    }
    return p.length - 1;
  }

  /** KTAB {@code SMPModel::stateDist}: Σ_i ‖x_i − y_i‖₂. */
  double stateDist(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double s = 0.0;
      for (int k = 0; k < d; k++) {
        double t = a[i * d + k] - b[i * d + k];
        s = s + t * t;
      }
      sum = sum + Math.sqrt(s);
    }
    return sum;
  }

  /**
   * KTAB {@code SMPState::pDist(-1)} over unique positions (equivalent when ‖x_i − x_j‖ < 1e-3,
   * KTAB's posTol; first occurrence represents the group): each actor's utility of each unique
   * position with its own risk attitude, then the PCE with capabilities as voting weights.
   * Returns per actor the probability of the unique position it is reported with (KTAB posProb).
   */
  /** KTAB {@code SMPState::equivNdx}: ‖x_i − x_j‖ &lt; posTol = 1e-3 (0.1 on a 0–100 scale). */
  private boolean equivalent(double[] x, int i, int j) {
    double s = 0.0;
    for (int k = 0; k < d; k++) {
      double t = x[i * d + k] - x[j * d + k];
      s = s + t * t;
    }
    return Math.sqrt(s) < 1e-3;
  }

  double[] positionProbabilities(double[] x) {
    double[] dist = distances(x);
    double[] r = riskAttitudes(dist);
    List<Integer> uniq = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean found = false;
      for (int q = 0; q < uniq.size() && !found; q++) found = equivalent(x, i, uniq.get(q));
      if (!found) uniq.add(i);
    }
    int nu = uniq.size();
    // KTAB State::posProb scans all unique positions and keeps the LAST equivalent one (no
    // break), while ueIndices grouped by the FIRST; an actor near two unique positions is thus
    // reported with the later one's probability. We do the same.
    int[] eq = new int[n];
    for (int i = 0; i < n; i++)
      for (int q = 0; q < nu; q++) if (equivalent(x, i, uniq.get(q))) eq[i] = q;
    double[] u = new double[n * nu];
    for (int i = 0; i < n; i++) {
      double ri = SmpVoting.estR(r[i], r[i], o.bigRAdjust());
      for (int q = 0; q < nu; q++) u[i * nu + q] = SmpVoting.util(dist[i * n + uniq.get(q)], ri);
    }
    double[] p = SmpVoting.pce(o.pce(), o.victoryProb(), SmpVoting.coalitions(o.votingRule(), cap, u, n, nu), nu);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) out[i] = p[eq[i]];
    return out;
  }
}
