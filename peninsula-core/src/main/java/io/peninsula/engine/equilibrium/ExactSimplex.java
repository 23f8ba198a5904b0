package io.peninsula.engine.equilibrium;

import io.peninsula.game.Rational;
import java.util.Arrays;

/**
 * Maximises c·y subject to A y ≤ b, y ≥ 0 with b ≥ 0, exactly in rationals, by the primal simplex
 * method on a dense tableau (Dantzig 1963; Chvátal 1983, "Linear Programming", ch. 2–3). Since
 * b ≥ 0 the origin is a feasible basis, so no phase 1 is needed. The entering variable is the one
 * with the most negative reduced cost (Dantzig's rule, few pivots in practice) until the first
 * degenerate pivot; from then on Bland's smallest-index rule for the entering and the leaving
 * variable (Chvátal ch. 3) rules out cycling, so the method terminates. Since the objective never
 * decreases, a caller that only needs to know whether it reaches a target can stop there. Meant for
 * the small LPs of dominance tests; cost per pivot O(m·(m+n)) exact operations. Package-private:
 * one tableau per call, nothing cached.
 */
final class ExactSimplex {
  /**
   * When {@code optimal}: the optimal value, an optimal y, and the optimal dual x ≥ 0 (minimising
   * b·x s.t. Aᵀx ≥ c). Otherwise the search stopped at a feasible y whose value reached the target.
   */
  record Solution(Rational value, Rational[] primal, Rational[] dual, boolean optimal) {}

  private ExactSimplex() {}

  static Solution maximise(Rational[] c, Rational[][] a, Rational[] b) {
    return maximise(c, a, b, null);
  }

  /** As {@link #maximise(Rational[], Rational[][], Rational[])}, stopping once the value is at least {@code stopAt} (null: never). */
  static Solution maximise(Rational[] c, Rational[][] a, Rational[] b, Rational stopAt) {
    int m = a.length;
    int n = c.length;
    int width = n + m + 1; // y, slacks, rhs
    Rational[][] t = new Rational[m + 1][width];
    for (int i = 0; i < m; i++) {
      if (b[i].signum() < 0) throw new IllegalArgumentException("ExactSimplex needs b >= 0, b[" + i + "] = " + b[i]);
      for (int j = 0; j < n; j++) t[i][j] = a[i][j];
      for (int k = 0; k < m; k++) t[i][n + k] = k == i ? Rational.ONE : Rational.ZERO;
      t[i][width - 1] = b[i];
    }
    for (int j = 0; j < width; j++) t[m][j] = j < n ? c[j].negate() : Rational.ZERO; // objective row: z - c·y = 0
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) basis[i] = n + i;
    boolean bland = false;
    boolean optimal = false;
    while (true) {
      if (stopAt != null && t[m][width - 1].compareTo(stopAt) >= 0) break;
      int enter = -1;
      for (int j = 0; j < n + m; j++) {
        if (t[m][j].signum() >= 0) continue;
        if (enter < 0 || (!bland && t[m][j].compareTo(t[m][enter]) < 0)) enter = j;
        if (bland) break;
      }
      if (enter < 0) {
        optimal = true;
        break;
      }
      int leave = -1;
      Rational best = null;
      for (int i = 0; i < m; i++) {
        if (t[i][enter].signum() <= 0) continue;
        Rational ratio = t[i][width - 1].divide(t[i][enter]);
        int cmp = best == null ? -1 : ratio.compareTo(best);
        if (cmp < 0 || (cmp == 0 && basis[i] < basis[leave])) {
          best = ratio;
          leave = i;
        }
      }
      if (leave < 0) throw new IllegalArgumentException("ExactSimplex: the LP is unbounded (column " + enter + ")");
      bland |= best.signum() == 0;
      pivot(t, leave, enter);
      basis[leave] = enter;
    }
    Rational[] y = new Rational[n];
    Arrays.fill(y, Rational.ZERO);
    for (int i = 0; i < m; i++) if (basis[i] < n) y[basis[i]] = t[i][width - 1];
    Rational[] x = new Rational[m];
    for (int i = 0; i < m; i++) x[i] = t[m][n + i];
    return new Solution(t[m][width - 1], y, x, optimal);
  }

  private static void pivot(Rational[][] t, int row, int col) {
    Rational p = t[row][col];
    for (int j = 0; j < t[row].length; j++) t[row][j] = t[row][j].divide(p);
    for (int i = 0; i < t.length; i++) {
      if (i == row || t[i][col].signum() == 0) continue;
      Rational f = t[i][col];
      for (int j = 0; j < t[i].length; j++) if (t[row][j].signum() != 0) t[i][j] = t[i][j].subtract(f.multiply(t[row][j]));
    }
  }
}
