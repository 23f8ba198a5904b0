package io.peninsula.engine.equilibrium;

import io.peninsula.game.Rational;
import java.math.BigInteger;

/**
 * Exact integer matrices for the two-player solvers ({@link LemkeHowson}, {@link VertexEnumeration},
 * {@link SequenceFormLemke}): rational payoffs turned into integers by a positive affine map (which
 * keeps the equilibria), and square systems solved fraction-free.
 */
final class IntegerMatrices {
  private IntegerMatrices() {}

  static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /** The matrix times the lcm of its denominators. */
  static BigInteger[][] scaledToIntegers(Rational[][] v) {
    BigInteger common = BigInteger.ONE;
    for (Rational[] row : v) for (Rational r : row) common = lcm(common, r.denominator());
    BigInteger[][] out = new BigInteger[v.length][v[0].length];
    for (int i = 0; i < v.length; i++)
      for (int j = 0; j < v[0].length; j++) out[i][j] = v[i][j].numerator().multiply(common.divide(v[i][j].denominator()));
    return out;
  }

  /** Payoffs as integers ≥ 1 by one positive affine map: scaled by the lcm of the denominators, then shifted so that the least entry is 1. */
  static BigInteger[][] positiveIntegers(Rational[][] v) {
    BigInteger[][] out = scaledToIntegers(v);
    BigInteger min = out[0][0];
    for (BigInteger[] row : out) for (BigInteger x : row) min = min.min(x);
    BigInteger shift = BigInteger.ONE.subtract(min);
    for (BigInteger[] row : out) for (int j = 0; j < row.length; j++) row[j] = row[j].add(shift);
    return out;
  }

  /**
   * Solves the square system {@code a·z = b} exactly by fraction-free Gauss–Jordan elimination
   * (Edmonds 1967, Bareiss 1968: every division is exact, entries stay minors); null when singular.
   * Inputs are not modified.
   */
  static Rational[] solve(BigInteger[][] a, BigInteger[] b) {
    int k = a.length;
    BigInteger[][] m = new BigInteger[k][k + 1];
    for (int i = 0; i < k; i++) {
      System.arraycopy(a[i], 0, m[i], 0, k);
      m[i][k] = b[i];
    }
    BigInteger d = BigInteger.ONE;
    for (int col = 0; col < k; col++) {
      int piv = -1;
      for (int r = col; r < k; r++) if (m[r][col].signum() != 0) { piv = r; break; }
      if (piv < 0) return null;
      BigInteger[] tmp = m[piv];
      m[piv] = m[col];
      m[col] = tmp;
      BigInteger p = m[col][col];
      for (int r = 0; r < k; r++) {
        if (r == col) continue;
        BigInteger f = m[r][col];
        for (int j = 0; j <= k; j++) m[r][j] = m[r][j].multiply(p).subtract(f.multiply(m[col][j])).divide(d);
      }
      d = p;
    }
    Rational[] z = new Rational[k];
    for (int i = 0; i < k; i++) z[i] = Rational.of(m[i][k], m[i][i]);
    return z;
  }
}
