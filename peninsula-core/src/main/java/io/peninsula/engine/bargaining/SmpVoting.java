package io.peninsula.engine.bargaining;

import io.peninsula.engine.bargaining.SmpOptions.Pce;
import io.peninsula.engine.bargaining.SmpOptions.VictoryProb;
import io.peninsula.engine.bargaining.SmpOptions.VotingRule;

/**
 * The voting and probabilistic-Condorcet-election kernels of KTAB ({@code KBase::Model} in
 * kmodel.cpp: {@code vote}, {@code coalitions}, {@code vProb}, {@code condPCE},
 * {@code markovUniformPCE}, {@code markovIncentivePCE}, {@code bigRfromProb}, {@code estNRA}), written
 * over flat row-major arrays. Constants (1e-8 minimum coalition, 1e-8 binary-vote slope, 1.10
 * binary-victory threshold) and the order of floating-point operations follow KTAB so that runs
 * reproduce its reference logs.
 */
final class SmpVoting {
  private SmpVoting() {}

  /** Minimum coalition strength KTAB adds to every coalition (avoids 0/0). */
  static final double MIN_COALITION = 1e-8;

  /** KTAB {@code Model::vote}: actor of weight w votes on option i against j with utilities ui, uj. */
  static double vote(VotingRule vr, double w, double ui, double uj) {
    double du = ui - uj;
    switch (vr) {
      case PROP:
        return w * du;
      case BINARY:
        return w * binary(du);
      case PROPBIN:
        return w * ((1 - 0.2) * du + 0.2 * binary(du));
      case PROPCBC:
        return w * ((1 - 0.5) * du + 0.5 * (du * du * du));
      case CUBIC:
        return w * (du * du * du);
      case ASYMPROSP:
        if (du < 0.0) return w * du;
        if (du > 0.0) return (2.0 * w * du) / 3.0;
        return 0.0;
      default:
        throw new IllegalStateException(vr.toString());
    }
  }

  private static double binary(double du) {
    double r = du / 1e-8;
    return r > 1 ? 1 : Math.max(r, -1);
  }

  /**
   * KTAB {@code Model::coalitions} for voters with weights w over options with utilities
   * u[k * nOpt + o]: c[i*nOpt+j] = 1e-8 + Σ_k max(0, v_k(i:j)), filled for both triangles.
   */
  static double[] coalitions(VotingRule vr, double[] w, double[] u, int nAct, int nOpt) {
    double[] c = new double[nOpt * nOpt];
    for (int i = 0; i < nOpt; i++) {
      for (int j = 0; j < i; j++) {
        double cij = MIN_COALITION;
        double cji = MIN_COALITION;
        for (int k = 0; k < nAct; k++) {
          double v = vote(vr, w[k], u[k * nOpt + i], u[k * nOpt + j]);
          if (v > 0) cij = cij + v;
          if (v < 0) cji = cji - v;
        }
        c[i * nOpt + j] = cij;
        c[j * nOpt + i] = cji;
      }
      c[i * nOpt + i] = MIN_COALITION;
    }
    return c;
  }

  /** KTAB {@code Model::vProb(VPModel, s1, s2)}: probability that the side of strength s1 wins. */
  static double victory(VictoryProb vpm, double s1, double s2) {
    return victorySide(vpm, s1, s2, true);
  }

  /** x1/(x1+x2) when {@code first}, else x2/(x1+x2), from the same transformed strengths (as KTAB). */
  private static double victorySide(VictoryProb vpm, double s1, double s2, boolean first) {
    double x1;
    double x2;
    switch (vpm) {
      case LINEAR -> { x1 = s1; x2 = s2; }
      case SQUARE -> { x1 = s1 * s1; x2 = s2 * s2; }
      case QUARTIC -> { x1 = (s1 * s1) * (s1 * s1); x2 = (s2 * s2) * (s2 * s2); }
      case OCTIC -> {
        double q1 = (s1 * s1) * (s1 * s1);
        double q2 = (s2 * s2) * (s2 * s2);
        x1 = q1 * q1;
        x2 = q2 * q2;
      }
      case BINARY -> {
        double t = 1.10;
        if (s1 >= t * s2) { x1 = 1.0; x2 = 1e-6; }
        else if (s2 >= t * s1) { x1 = 1e-6; x2 = 1.0; }
        else {
          double r12 = s1 / (s1 + s2);
          double p12 = (r12 * (t + 1.0) - 1.0) / (t - 1.0);
          x1 = p12;
          x2 = 1 - p12;
        }
      }
      default -> throw new IllegalStateException(vpm.toString());
    }
    return first ? x1 / (x1 + x2) : x2 / (x1 + x2);
  }

  /** KTAB {@code Model::vProb(VPModel, C)}: square matrix of P[i beats j], diagonal 1/2. */
  static double[] victoryMatrix(VictoryProb vpm, double[] c, int n) {
    double[] p = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double cij = c[i * n + j];
        double cji = c[j * n + i];
        p[i * n + j] = victorySide(vpm, cij, cji, true);
        p[j * n + i] = victorySide(vpm, cij, cji, false);
      }
      p[i * n + i] = 0.5;
    }
    return p;
  }

  /** KTAB {@code Model::probCE2}: option probabilities from coalition strengths. */
  static double[] pce(Pce model, VictoryProb vpm, double[] c, int n) {
    double[] pv = victoryMatrix(vpm, c, n);
    return switch (model) {
      case CONDITIONAL -> conditional(pv, n);
      case MARKOVUNIFORM -> markovUniform(pv, n);
      case MARKOVINCENTIVE -> markovIncentive(c, pv, n);
    };
  }

  /**
   * KTAB {@code Model::condPCE}: p_i ∝ Π_j P[i beats j] (the diagonal 1/2 included, as in KTAB).
   * When every product underflows to 0 (KTAB would divide 0/0), the same normalisation is done in
   * log space instead — our documented departure; it never triggers on KTAB's shipped inputs.
   */
  static double[] conditional(double[] pv, int n) {
    double[] p = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double pi = 1.0;
      for (int j = 0; j < n; j++) pi = pi * pv[i * n + j];
      p[i] = pi;
      sum += pi;
    }
    if (sum > 0 && Double.isFinite(sum)) {
      for (int i = 0; i < n; i++) p[i] = p[i] / sum;
      return p;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double l = 0;
      for (int j = 0; j < n; j++) l += Math.log(pv[i * n + j]);
      p[i] = l;
      max = Math.max(max, l);
    }
    sum = 0;
    for (int i = 0; i < n; i++) sum += (p[i] = Math.exp(p[i] - max));
    for (int i = 0; i < n; i++) p[i] /= sum;
    return p;
  }

  /** KTAB {@code Model::markovUniformPCE}: challengers chosen uniformly; damped fixed point to 1e-6. */
  static double[] markovUniform(double[] pv, int n) {
    double[] p = new double[n];
    java.util.Arrays.fill(p, 1.0 / n);
    double[] q = new double[n];
    double change = 1.0;
    for (int iter = 0; 1e-6 < change; iter++) {
      if (iter >= 1000) throw new IllegalStateException("markovUniform PCE did not converge in 1000 iterations");
      change = 0;
      for (int i = 0; i < n; i++) {
        double pi = 0.0;
        for (int j = 0; j < n; j++) pi = pi + pv[i * n + j] * (p[i] + p[j]);
        q[i] = pi / n;
        change = Math.max(change, Math.abs(q[i] - p[i]));
      }
      for (int i = 0; i < n; i++) p[i] = (p[i] + q[i]) / 2.0;
    }
    return p;
  }

  /** KTAB {@code Model::markovIncentivePCE}: challenge probability ∝ coalition × victory probability. */
  static double[] markovIncentive(double[] c, double[] pv, int n) {
    double[] inc = new double[n * n];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) inc[i * n + j] = c[i * n + j] * pv[i * n + j] + (i == j ? 1e-10 : 0);
    double[] chlg = new double[n * n];
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int k = 0; k < n; k++) s += inc[k * n + j];
      for (int i = 0; i < n; i++) chlg[i * n + j] = inc[i * n + j] / s;
    }
    double[] p = new double[n];
    java.util.Arrays.fill(p, 1.0 / n);
    double[] q = new double[n];
    double change = 1.0;
    for (int iter = 0; 1e-8 < change; iter++) {
      if (iter >= 1000) throw new IllegalStateException("markovIncentive PCE did not converge in 1000 iterations");
      change = 0;
      for (int i = 0; i < n; i++) {
        double qi = 0;
        for (int j = 0; j < n; j++) qi += pv[i * n + j] * (p[i] * chlg[j * n + i] + p[j] * chlg[i * n + j]);
        q[i] = qi;
        change = Math.max(change, Math.abs(qi - p[i]));
      }
      for (int i = 0; i < n; i++) p[i] = (p[i] + q[i]) / 2.0;
    }
    return p;
  }

  /**
   * KTAB {@code Model::bigRfromProb}: risk attitudes from win probabilities, mapped linearly so the
   * likeliest actor is most risk-accepting. Mid: R = (3p − (pMax + 2 pMin)) / (2 (pMax − pMin)) in
   * [−½, 1]. When all probabilities are equal KTAB divides by zero; we return risk neutrality (0).
   */
  static double[] bigR(double[] p, SmpOptions.BigRRange rr) {
    double pMin = 1.0;
    double pMax = 0.0;
    for (double pi : p) {
      pMin = Math.min(pi, pMin);
      pMax = Math.max(pi, pMax);
    }
    double[] r = new double[p.length];
    if (!(pMax > pMin)) return r;
    for (int i = 0; i < p.length; i++) {
      r[i] = switch (rr) {
        case MIN -> (p[i] - pMin) / (pMax - pMin);
        case MID -> (3 * p[i] - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
        case MAX -> (2 * p[i] - (pMax + pMin)) / (pMax - pMin);
      };
    }
    return r;
  }

  /** KTAB {@code Model::estNRA}: h's estimate of i's risk attitude. */
  static double estR(double rh, double ri, SmpOptions.BigRAdjust ra) {
    return switch (ra) {
      case FULL -> ri;
      case TWOTHIRDS -> (rh + (2.0 * ri)) / 3.0;
      case HALF -> (rh + ri) / 2;
      case ONETHIRD -> ((2.0 * rh) + ri) / 3.0;
      case NONE -> rh;
    };
  }

  /** KTAB {@code SMPModel::bsUtil}: utility of normalised distance d with risk attitude R. */
  static double util(double d, double r) {
    return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
  }
}
