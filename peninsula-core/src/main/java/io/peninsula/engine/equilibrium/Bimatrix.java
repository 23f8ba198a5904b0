package io.peninsula.engine.equilibrium;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A two-player game as payoff matrices of integers ≥ 1 (one positive affine map per player, which
 * keeps the equilibria), with the two Lemke–Howson tableaux built on them and the exact checks
 * {@link LemkeHowson} applies to the bases it ends in.
 */
record Bimatrix(int m, int n, BigInteger[][] a, BigInteger[][] b) {
  static Bimatrix of(StrategicGame g) {
    if (g.numPlayers() != 2) throw new IllegalArgumentException("lcp: Lemke–Howson needs a two-player game, this one has " + g.numPlayers());
    return new Bimatrix(g.numStrategies(0), g.numStrategies(1), IntegerMatrices.positiveIntegers(g.matrix(0)), IntegerMatrices.positiveIntegers(g.matrix(1)));
  }

  IntegerTableau[] exactTableaux() {
    int vars = m + n;
    BigInteger[][] t1 = new BigInteger[m][vars + 1];
    BigInteger[][] t2 = new BigInteger[n][vars + 1];
    for (BigInteger[] row : t1) java.util.Arrays.fill(row, BigInteger.ZERO);
    for (BigInteger[] row : t2) java.util.Arrays.fill(row, BigInteger.ZERO);
    for (int i = 0; i < m; i++) {
      t1[i][i] = BigInteger.ONE;
      for (int j = 0; j < n; j++) t1[i][m + j] = a[i][j];
      t1[i][vars] = BigInteger.ONE;
    }
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) t2[j][i] = b[i][j];
      t2[j][m + j] = BigInteger.ONE;
      t2[j][vars] = BigInteger.ONE;
    }
    return new IntegerTableau[] {new IntegerTableau(t1, range(0, m), range(0, m)), new IntegerTableau(t2, range(m, vars), range(m, vars))};
  }

  DoubleTableau[] doubleTableaux() {
    int vars = m + n;
    double[][] t1 = new double[m][vars + 1];
    double[][] t2 = new double[n][vars + 1];
    for (int i = 0; i < m; i++) {
      t1[i][i] = 1;
      for (int j = 0; j < n; j++) t1[i][m + j] = a[i][j].doubleValue();
      t1[i][vars] = 1;
    }
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) t2[j][i] = b[i][j].doubleValue();
      t2[j][m + j] = 1;
      t2[j][vars] = 1;
    }
    return new DoubleTableau[] {new DoubleTableau(t1, range(0, m), range(0, m)), new DoubleTableau(t2, range(m, vars), range(m, vars))};
  }

  /** The normalised, verified profile of an exact basis; empty at the artificial equilibrium. */
  Optional<MixedProfile> profile(IntegerTableau[] tab) {
    Rational[] x = new Rational[m];
    Rational[] y = new Rational[n];
    for (int i = 0; i < m; i++) x[i] = tab[1].value(i);
    for (int j = 0; j < n; j++) y[j] = tab[0].value(m + j);
    if (isZero(x)) return Optional.empty();
    MixedProfile p = new MixedProfile(List.of(normalise(x), normalise(y)));
    if (!isEquilibrium(p)) throw new IllegalStateException("lcp: a completely labelled basis failed verification");
    return Optional.of(p);
  }

  /**
   * Re-solves a basis found in doubles exactly: the y-part from the rows i whose r_i is
   * non-basic, {@code A[I][J]·y_J = 1}, the x-part likewise from {@code Bᵀ}; empty unless the
   * result is a verified equilibrium.
   */
  Optional<MixedProfile> exactFromBasis(DoubleTableau[] tab) {
    Rational[] y = solvePart(tab[0], false);
    Rational[] x = solvePart(tab[1], true);
    if (x == null || y == null || isZero(x) || isZero(y)) return Optional.empty();
    MixedProfile p = new MixedProfile(List.of(normalise(x), normalise(y)));
    return isEquilibrium(p) ? Optional.of(p) : Optional.empty();
  }

  private Rational[] solvePart(DoubleTableau t, boolean xPart) {
    List<Integer> vars = new ArrayList<>(); // the basic strategy variables
    List<Integer> tight = new ArrayList<>(); // constraints whose slack is non-basic
    int own = xPart ? m : n;
    int other = xPart ? n : m;
    for (int s = 0; s < own; s++) if (t.isBasic(xPart ? s : m + s)) vars.add(s);
    for (int c = 0; c < other; c++) if (!t.isBasic(xPart ? m + c : c)) tight.add(c);
    if (vars.size() != tight.size()) return null;
    int k = vars.size();
    BigInteger[][] sys = new BigInteger[k][k];
    BigInteger[] ones = new BigInteger[k];
    for (int r = 0; r < k; r++) {
      ones[r] = BigInteger.ONE;
      for (int c = 0; c < k; c++) sys[r][c] = xPart ? b[vars.get(c)][tight.get(r)] : a[tight.get(r)][vars.get(c)];
    }
    Rational[] z = IntegerMatrices.solve(sys, ones);
    if (z == null) return null;
    Rational[] out = new Rational[own];
    java.util.Arrays.fill(out, Rational.ZERO);
    for (int c = 0; c < k; c++) {
      if (z[c].signum() < 0) return null;
      out[vars.get(c)] = z[c];
    }
    return out;
  }

  /** Exact Nash check: every strategy in either support earns its player's maximum. */
  boolean isEquilibrium(MixedProfile p) {
    return bestResponses(a, p.probabilities().get(1), p.probabilities().get(0), false)
        && bestResponses(b, p.probabilities().get(0), p.probabilities().get(1), true);
  }

  /** Whether {@code own}'s support lies in the best responses to {@code opp} under payoff matrix mat. */
  private static boolean bestResponses(BigInteger[][] mat, List<Rational> opp, List<Rational> own, boolean transpose) {
    BigInteger common = BigInteger.ONE;
    for (Rational r : opp) common = IntegerMatrices.lcm(common, r.denominator());
    BigInteger[] w = new BigInteger[opp.size()];
    for (int s = 0; s < w.length; s++) w[s] = opp.get(s).numerator().multiply(common.divide(opp.get(s).denominator()));
    BigInteger[] pay = new BigInteger[own.size()];
    BigInteger best = null;
    for (int s = 0; s < pay.length; s++) {
      BigInteger v = BigInteger.ZERO;
      for (int o = 0; o < w.length; o++) if (w[o].signum() != 0) v = v.add(w[o].multiply(transpose ? mat[o][s] : mat[s][o]));
      pay[s] = v;
      best = best == null ? v : best.max(v);
    }
    for (int s = 0; s < pay.length; s++) if (own.get(s).signum() != 0 && pay[s].compareTo(best) != 0) return false;
    return true;
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) r[i] = from + i;
    return r;
  }

  private static boolean isZero(Rational[] v) {
    for (Rational r : v) if (r.signum() != 0) return false;
    return true;
  }

  static List<Rational> normalise(Rational[] v) {
    Rational sum = Rational.ZERO;
    for (Rational r : v) sum = sum.add(r);
    List<Rational> out = new ArrayList<>();
    for (Rational r : v) out.add(r.divide(sum));
    return out;
  }
}
