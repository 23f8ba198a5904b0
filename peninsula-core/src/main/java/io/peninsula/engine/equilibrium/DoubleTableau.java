package io.peninsula.engine.equilibrium;

/**
 * The floating-point twin of {@link IntegerTableau}, used only to find a basis fast: the basis it
 * ends in is re-solved and verified in exact arithmetic by the caller, so rounding here can cost
 * a fallback to the exact path but never a wrong answer. The lexicographic minimum-ratio test
 * mirrors the exact one (see {@link #compare}) and records when a comparison was too close to
 * call ({@link #uncertain}), so that the caller can re-run the path exactly.
 *
 * <p>Mutable per-run state, confined to one call.
 */
final class DoubleTableau extends PivotingTableau {
  static final double TIE = 1e-11;
  static final double CLEAR = 1e-6;
  static final double ZERO = 1e-12;
  static final double SMALL = 1e-10;

  private final double[][] t;
  private boolean uncertain;

  DoubleTableau(double[][] t, int[] basic, int[] lexColumns) {
    super(t[0].length, basic, lexColumns);
    this.t = t;
  }

  private DoubleTableau(DoubleTableau o) {
    super(o);
    this.t = new double[o.t.length][];
    for (int r = 0; r < t.length; r++) t[r] = o.t[r].clone();
    this.uncertain = o.uncertain;
  }

  @Override
  DoubleTableau copy() {
    return new DoubleTableau(this);
  }

  /** Whether some comparison so far was too close to call in doubles (the exact path may have pivoted differently). */
  boolean uncertain() {
    return uncertain;
  }

  /** Lexicographic minimum-ratio row for entering column c among rows with entry > {@link #ZERO}; −1 for none. */
  @Override
  int ratioRow(int c) {
    int best = -1;
    for (int i = 0; i < t.length; i++) {
      if (t[i][c] <= ZERO) continue;
      if (t[i][c] <= SMALL) uncertain = true; // a tiny entry may be a rounded zero
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

  /**
   * a vs b: a tie (0) when they agree to {@link #TIE} relative, or both are within {@link #ZERO} of
   * 0 (exact ties of the true tableau show up so, and the lexicographic rule goes on to the next
   * column as in exact arithmetic); a clear order when they differ by more than {@link #CLEAR}
   * relative; in between the order is not trusted and {@link #uncertain} is set.
   */
  private int compare(double a, double b) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    double diff = Math.abs(a - b);
    if (scale <= ZERO || diff <= TIE * scale) return 0;
    if (diff <= CLEAR * scale) uncertain = true;
    return Double.compare(a, b);
  }

  @Override
  int pivot(int r, int c) {
    double[] pr = t[r];
    double p = pr[c];
    for (int j = 0; j <= rhs; j++) pr[j] /= p;
    for (int i = 0; i < t.length; i++) {
      if (i == r) continue;
      double[] row = t[i];
      double f = row[c];
      if (f == 0) continue;
      for (int j = 0; j <= rhs; j++) row[j] -= f * pr[j];
      row[c] = 0;
    }
    return exchange(r, c);
  }
}
