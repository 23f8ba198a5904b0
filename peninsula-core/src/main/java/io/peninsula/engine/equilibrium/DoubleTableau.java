package io.peninsula.engine.equilibrium;

/**
 * The floating-point twin of {@link IntegerTableau}, used only to find a basis fast: the basis it
 * ends in is re-solved and verified in exact arithmetic by the caller, so rounding here can cost
 * a fallback to the exact path but never a wrong answer. The lexicographic minimum-ratio test
 * treats ratios within a relative {@link #EPS} as ties.
 *
 * <p>Mutable per-run state, confined to one call.
 */
final class DoubleTableau {
  static final double EPS = 1e-9;

  private final double[][] t;
  private final int[] basic;
  private final int[] rowOf;
  private final int[] lexColumns;
  private final int rhs;

  DoubleTableau(double[][] t, int[] basic, int[] lexColumns) {
    this.t = t;
    this.basic = basic.clone();
    this.rhs = t[0].length - 1;
    this.rowOf = new int[rhs];
    java.util.Arrays.fill(rowOf, -1);
    for (int r = 0; r < basic.length; r++) rowOf[basic[r]] = r;
    this.lexColumns = lexColumns.clone();
  }

  boolean isBasic(int var) {
    return rowOf[var] >= 0;
  }

  /** Lexicographic minimum-ratio row for entering column c among rows with entry > EPS; −1 for none. */
  int ratioRow(int c) {
    int best = -1;
    for (int i = 0; i < t.length; i++) {
      if (t[i][c] <= EPS) continue;
      if (best < 0 || lexLess(i, best, c)) best = i;
    }
    return best;
  }

  private boolean lexLess(int i, int k, int c) {
    int cmp = compare(t[i][rhs] / t[i][c], t[k][rhs] / t[k][c]);
    for (int q = 0; cmp == 0 && q < lexColumns.length; q++)
      cmp = compare(t[i][lexColumns[q]] / t[i][c], t[k][lexColumns[q]] / t[k][c]);
    return cmp < 0;
  }

  private static int compare(double a, double b) {
    double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    return Math.abs(a - b) <= EPS * scale ? 0 : Double.compare(a, b);
  }

  /** Pivots column c into the basis at row r; returns the variable that left. */
  int pivot(int r, int c) {
    double[] pr = t[r];
    double p = pr[c];
    for (int j = 0; j <= rhs; j++) pr[j] /= p;
    for (int i = 0; i < t.length; i++) {
      if (i == r) continue;
      double[] row = t[i];
      double f = row[c];
      if (f == 0) continue;
      for (int j = 0; j <= rhs; j++) if (pr[j] != 0) row[j] -= f * pr[j];
      row[c] = 0;
    }
    int left = basic[r];
    rowOf[left] = -1;
    basic[r] = c;
    rowOf[c] = r;
    return left;
  }
}
