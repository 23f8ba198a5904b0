package io.peninsula.engine.bargaining;

import io.peninsula.engine.bargaining.SmpOptions.ThirdParty;
import io.peninsula.engine.bargaining.SmpOptions.VotingRule;

/**
 * The challenge and bargain arithmetic of KTAB's SMP (smpbcn.cpp {@code probEduChlg}, kmodel.cpp
 * {@code vProbLittle} and {@code thirdPartyVoteSU}, smp.cpp {@code interpolateBrgn}) over flat
 * arrays; used by {@link SmpRun}. Stateless apart from the run's fixed inputs.
 */
final class SmpChallenges {
  private final SmpOptions o;
  private final int n;
  private final int d;
  private final double[] cap;
  private final double[] sal;
  private final double[] salSum;
  /** salSum[m] * cap[m]: each actor's voting weight in the challenge contests (the same product every use). */
  private final double[] w;

  SmpChallenges(SmpOptions o, double[] cap, double[] sal, double[] salSum, int dims) {
    this.o = o;
    this.n = cap.length;
    this.d = dims;
    this.cap = cap;
    this.sal = sal;
    this.salSum = salSum;
    this.w = new double[n];
    for (int m = 0; m < n; m++) w[m] = salSum[m] * cap[m];
  }

  /**
   * KTAB {@code SMPState::probEduChlg(h, k, i, j)}: h's estimate of P[i beats j] and of the change
   * in k's utility if i challenges j. Principals vote with weight Σs·c; each third party n joins
   * the side it prefers in the "little" contest (i:j) with n's weight (vProbLittle) and then votes
   * per the ThirdPartyCommit rule (thirdPartyVoteSU); coalitions start at 1e-10. Returns
   * {P[i beats j], Δu_k} with Δu = (1 − s_j)·2u_ki + s_j·(p·2u_ki + (1−p)·2u_kj) − (u_ki + u_kj).
   * {@code uToI[m]}, when given, caches util(d_mi, eR[m]) (it does not depend on j).
   */
  double[] probEduChlg(double[] eR, double[] dist, int k, int i, int j, double[] uToI) {
    VotingRule vr = o.votingRule();
    double uij = SmpVoting.util(dist[i * n + j], eR[i]);
    double uji = SmpVoting.util(dist[j * n + i], eR[j]);
    double uki = k == i ? 1.0 : k == j ? uji : SmpVoting.util(dist[k * n + i], eR[k]);
    double ukj = k == j ? 1.0 : k == i ? uij : SmpVoting.util(dist[k * n + j], eR[k]);
    double euSQ = uki + ukj;
    double uhkij = uki + uki;
    double uhkji = ukj + ukj;
    double si = salSum[i];
    double sj = salSum[j];
    double ci = SmpVoting.vote(vr, si * cap[i], 1.0, uij);
    double cj = SmpVoting.vote(vr, sj * cap[j], uji, 1.0);
    double chij = 1e-10;
    double chji = 1e-10;
    if (ci > 0.0) chij = chij + ci;
    if (ci < 0.0) chji = chji - ci;
    if (cj > 0.0) chij = chij + cj;
    if (cj < 0.0) chji = chji - cj;
    double ciij = chij;
    double cjij = chji;
    ThirdParty tpc = o.thirdParty();
    for (int m = 0; m < n; m++) {
      if (m == i || m == j) continue;
      double wn = salSum[m] * cap[m];
      double uni = uToI != null ? uToI[m] : SmpVoting.util(dist[m * n + i], eR[m]);
      double unj = SmpVoting.util(dist[m * n + j], eR[m]);
      double unn = 1.0;
      double cn = SmpVoting.vote(vr, wn, uni, unj);
      double cni = cn > 0 ? ciij + cn : ciij;
      double cnj = cn < 0 ? cjij - cn : cjij;
      double pin = cni / (cni + cnj);
      double pjn = 1.0 - pin;
      double uIkDefJ;
      double uJDefIk;
      double uIDefJk;
      double uJkDefI;
      switch (tpc) {
        case FULLCOMMIT -> {
          uIkDefJ = uni + uni + uni;
          uJDefIk = unj + unj + unj;
          uIDefJk = uni + uni + uni;
          uJkDefI = unj + unj + unj;
        }
        case SEMICOMMIT -> {
          uIkDefJ = uni + uni + unn;
          uJDefIk = unj + unj + unj;
          uIDefJk = uni + uni + uni;
          uJkDefI = unj + unj + unn;
        }
        default -> {
          uIkDefJ = uni + uni + unn;
          uJDefIk = unj + unj + unn;
          uIDefJk = uni + uni + unn;
          uJkDefI = unj + unj + unn;
        }
      }
      double uIkJ = (pin * uIkDefJ) + (pjn * uJDefIk);
      double uIJk = (pin * uIDefJk) + (pjn * uJkDefI);
      double v = SmpVoting.vote(vr, wn, uIkJ, uIJk);
      if (v > 0) chij = chij + v;
      if (v < 0) chji = chji - v;
    }
    double phij = chij / (chij + chji);
    double phji = chji / (chij + chji);
    double euCntst = phij * uhkij + phji * uhkji;
    double euChlg = (1 - sj) * uhkij + sj * euCntst;
    return new double[] {phij, euChlg - euSQ};
  }

  /**
   * {@link #probEduChlg} for k = i with KTAB's default Proportional votes and SemiCommit third
   * parties, written out for speed (the hot loop of a run). The floating-point operations and
   * their order are exactly those of the general method. Returns {P[i beats j], Δu_i}.
   */
  double[] probEduChlgFast(double[] eR, double[] distT, int i, int j, double[] uToI) {
    double[] twoPlusOne = new double[n];
    double[] three = new double[n];
    thirdPartyTerms(uToI, twoPlusOne, three);
    double[] pe = new double[2];
    probEduChlgFast(eR, distT, i, j, uToI, twoPlusOne, three, pe);
    return pe;
  }

  /**
   * The j-independent sums of i's challenge loop: {@code twoPlusOne[m] = (u + u) + 1} and {@code
   * three[m] = (u + u) + u} for u = {@code uToI[m]}, as {@link #probEduChlg} forms them.
   */
  static void thirdPartyTerms(double[] uToI, double[] twoPlusOne, double[] three) {
    for (int m = 0; m < uToI.length; m++) {
      double uni = uToI[m];
      twoPlusOne[m] = uni + uni + 1.0;
      three[m] = uni + uni + uni;
    }
  }

  /**
   * {@link #probEduChlgFast(double[], double[], int, int, double[])} into {@code pe} ({P, Δu}),
   * with i's {@link #thirdPartyTerms} computed once for all j and no allocation; the same
   * operations in the same order.
   */
  void probEduChlgFast(double[] eR, double[] distT, int i, int j, double[] uToI, double[] twoPlusOne, double[] three, double[] pe) {
    double dij = distT[j * n + i];
    double uij = dij <= 1 ? (1 - dij) * (1 + dij * eR[i]) : (1 - dij) * (1 + eR[i]);
    double uji = uToI[j];
    double sj = salSum[j];
    double ci = w[i] * (1.0 - uij);
    double cj = w[j] * (uji - 1.0);
    double chij = 1e-10;
    double chji = 1e-10;
    if (ci > 0.0) chij = chij + ci;
    if (ci < 0.0) chji = chji - ci;
    if (cj > 0.0) chij = chij + cj;
    if (cj < 0.0) chji = chji - cj;
    double ciij = chij;
    double cjij = chji;
    int base = j * n;
    for (int m = 0; m < n; m++) {
      if (m == i || m == j) continue;
      double wn = w[m];
      double d = distT[base + m];
      double rm = eR[m];
      double unj = d <= 1 ? (1 - d) * (1 + d * rm) : (1 - d) * (1 + rm);
      double cn = wn * (uToI[m] - unj);
      double cni = cn > 0 ? ciij + cn : ciij;
      double cnj = cn < 0 ? cjij - cn : cjij;
      double pin = cni / (cni + cnj);
      double pjn = 1.0 - pin;
      double uIkJ = (pin * twoPlusOne[m]) + (pjn * (unj + unj + unj));
      double uIJk = (pin * three[m]) + (pjn * (unj + unj + 1.0));
      double v = wn * (uIkJ - uIJk);
      if (v > 0) chij = chij + v;
      if (v < 0) chji = chji - v;
    }
    double uhkij = 1.0 + 1.0;
    double uhkji = uij + uij;
    double phij = chij / (chij + chji);
    double phji = chji / (chij + chji);
    double euCntst = phij * uhkij + phji * uhkji;
    double euChlg = (1 - sj) * uhkij + sj * euCntst;
    pe[0] = phij;
    pe[1] = euChlg - (1.0 + uij);
  }

  /** KTAB {@code SMPActor::interpolateBrgn}: dimension by dimension, per the InterVecBrgn option. */
  SmpRun.Bargain interpolate(int i, int j, double[] x, double prbI, double prbJ, double gain) {
    double[] bi = new double[d];
    double[] bj = new double[d];
    for (int k = 0; k < d; k++) {
      double ti = x[i * d + k];
      double tj = x[j * d + k];
      double si = sal[i * d + k];
      double sj = sal[j * d + k];
      switch (o.interp()) {
        case S1P1, S2P2 -> {
          boolean two = o.interp() == SmpOptions.Interp.S2P2;
          double wi = two ? (si * si) * (prbI * prbI) : si * prbI;
          double wj = two ? (sj * sj) * (prbJ * prbJ) : sj * prbJ;
          // KTAB interpBrgnSnPm: 1e-6 goes to i's weight in i's coordinate and to j's in j's
          // (deliberate asymmetry when both weights are 0), then both are rounded to 4 decimals.
          bi[k] = round4(((wi + 1e-6) * ti + wj * tj) / (wi + 1e-6 + wj));
          bj[k] = round4((wi * ti + (1e-6 + wj) * tj) / (wi + 1e-6 + wj));
        }
        case S2PMAX -> {
          double di = prbJ > prbI ? prbJ - prbI : 0;
          double dj = prbI > prbJ ? prbI - prbJ : 0;
          double si2 = si * si;
          double sj2 = sj * sj;
          double dik = (di * sj2) / ((di * sj2) + 1e-6 + ((1 - di) * si2));
          double djk = (dj * si2) / ((dj * si2) + 1e-6 + ((1 - dj) * sj2));
          bi[k] = ti + dik * (tj - ti);
          bj[k] = tj + djk * (ti - tj);
        }
        default -> throw new IllegalStateException();
      }
    }
    return new SmpRun.Bargain(i, j, bi, bj, prbI, gain);
  }

  /** KTAB's round4: (int)(0.5 + 10⁴x) / 10⁴ (half rounds up; positions are non-negative). */
  static double round4(double v) {
    return ((double) (int) (0.5 + v * 10000.0)) / 10000.0;
  }
}
