package io.peninsula.engine.equilibrium;

import io.peninsula.game.Rational;
import java.math.BigInteger;

/**
 * A simplex-style tableau in exact integer arithmetic for complementary pivoting (Lemke–Howson and
 * Lemke). Rows are basic variables, columns are all variables plus a right-hand side; the tableau
 * is kept fraction-free (Edmonds 1967; the "integer pivoting" presented by von Stengel 2002): after
 * every pivot all entries are integers and the true tableau is {@code t / det}, where {@code det}
 * is the previous pivot element (the absolute value of the basis determinant). A pivot on
 * {@code (r, c)} sets {@code t[i][j] = (t[i][j]·t[r][c] − t[i][c]·t[r][j]) / det} for i ≠ r; the
 * division is exact.
 *
 * <p>The minimum-ratio test is lexicographic (Dantzig, Orden &amp; Wolfe 1955; von Stengel 2002,
 * on degenerate games): ties in {@code rhs_i / t[i][c]} are broken by comparing the rows of the current inverse
 * basis, read off the columns that formed the initial identity ({@code lexColumns}). Since the
 * inverse basis is nonsingular the winner is unique, so degenerate problems cannot cycle.
 *
 * <p>Mutable per-run state, confined to one call; not shared between threads.
 */
final class IntegerTableau extends PivotingTableau {
  private final BigInteger[][] t;
  private BigInteger det;

  /**
   * @param t rows × (variables + 1) integer entries, last column the right-hand side
   * @param basic the basic variable of each row (its column must be the unit vector of that row)
   * @param lexColumns the columns of the initial identity, in the order used to break ties
   */
  IntegerTableau(BigInteger[][] t, int[] basic, int[] lexColumns) {
    super(t[0].length, basic, lexColumns);
    this.t = t;
    this.det = BigInteger.ONE;
  }

  private IntegerTableau(IntegerTableau o) {
    super(o);
    this.t = new BigInteger[o.t.length][];
    for (int r = 0; r < t.length; r++) t[r] = o.t[r].clone();
    this.det = o.det;
  }

  @Override
  IntegerTableau copy() {
    return new IntegerTableau(this);
  }

  /** The value of a variable in the current basic solution (0 when non-basic). */
  Rational value(int var) {
    int r = rowOf[var];
    return r < 0 ? Rational.ZERO : Rational.of(t[r][rhs], det);
  }

  /**
   * The pivot row for entering column {@code c} by the lexicographic minimum-ratio test over the
   * rows whose entry has sign {@code sign} (+1 for the usual test; −1 for the first step of Lemke's
   * algorithm, where the artificial variable enters at the most infeasible row); −1 when no row
   * qualifies (a ray).
   */
  int ratioRow(int c, int sign) {
    int best = -1;
    for (int i = 0; i < t.length; i++) {
      if (t[i][c].signum() != sign) continue;
      if (best < 0 || lexLess(i, best, c, sign)) best = i;
    }
    return best;
  }

  /** Whether row i's ratio vector (rhs, inverse-basis row) / |t[i][c]| is lexicographically below row k's. */
  private boolean lexLess(int i, int k, int c, int sign) {
    BigInteger ai = sign > 0 ? t[i][c] : t[i][c].negate();
    BigInteger ak = sign > 0 ? t[k][c] : t[k][c].negate();
    int cmp = t[i][rhs].multiply(ak).compareTo(t[k][rhs].multiply(ai));
    for (int q = 0; cmp == 0 && q < lexColumns.length; q++)
      cmp = t[i][lexColumns[q]].multiply(ak).compareTo(t[k][lexColumns[q]].multiply(ai));
    return cmp < 0;
  }

  @Override
  int ratioRow(int c) {
    return ratioRow(c, 1);
  }

  /** Pivots variable {@code c} into the basis at row {@code r}; returns the variable that left. */
  @Override
  int pivot(int r, int c) {
    BigInteger p = t[r][c];
    if (p.signum() == 0) throw new IllegalStateException("pivot on a zero entry");
    BigInteger[] pr = t[r];
    for (int i = 0; i < t.length; i++) {
      if (i == r) continue;
      BigInteger[] row = t[i];
      BigInteger f = row[c];
      boolean fz = f.signum() == 0;
      for (int j = 0; j <= rhs; j++) {
        BigInteger v = row[j].signum() == 0 ? BigInteger.ZERO : row[j].multiply(p);
        if (!fz && pr[j].signum() != 0) v = v.subtract(f.multiply(pr[j]));
        row[j] = v.signum() == 0 ? BigInteger.ZERO : v.divide(det);
      }
    }
    if (p.signum() < 0) {
      // keep det positive so that signs of entries are signs of the true tableau
      for (int j = 0; j <= rhs; j++) pr[j] = pr[j].negate();
      for (int i = 0; i < t.length; i++) if (i != r) for (int j = 0; j <= rhs; j++) t[i][j] = t[i][j].negate();
      p = p.negate();
    }
    det = p;
    return exchange(r, c);
  }
}
