package io.peninsula.engine.equilibrium;

import java.math.BigInteger;

/**
 * The simplex dictionary of a polytope {z ∈ R^d : z ≥ 0, Mz ≤ 1} (M: k×d, positive integers), in
 * the integer form lrs keeps (Avis 2000, "lrs: a revised implementation of the reverse search
 * vertex enumeration algorithm", §3). Variables 0..d−1 are z, d..d+k−1 the slacks s = 1 − Mz. With
 * D > 0 the determinant of the basis, row r reads
 *
 * <pre>  D·x_basic(r) = T[r][0] − Σ_{c=1..d} T[r][c]·x_cobasic(c)</pre>
 *
 * and every entry is an integer (a minor of [M | I | 1]). Row k holds the objective of reverse
 * search, w = −Σ z_i (maximised, uniquely at the origin), as D·w = T[k][0] − Σ_c T[k][c]·x_cobasic(c):
 * column c improves w when T[k][c] &lt; 0. Pivoting on (r, c) with p = T[r][c] > 0
 * (Edmonds 1967): row r is kept and T[r][c] := D; other rows get T[i][c] := −T[i][c] and
 * T[i][j] := (T[i][j]·p − T[i][c]·T[r][j]) / D, an exact division; then D := p. The entries
 * depend only on the basis, so pivoting back on (r, c) restores the dictionary exactly.
 *
 * <p>Numbers are held in {@code long} while they fit (with 128-bit products, {@link ExactLong});
 * a pivot that would overflow is redone in {@link BigInteger}, and the dictionary returns to
 * {@code long} as soon as all its entries fit again — the vertices of a game's polytopes mostly have
 * small supports, whose minors fit in 63 bits.
 *
 * <p>Degeneracy is resolved by the lexicographic rule (Dantzig, Orden &amp; Wolfe 1955): the
 * right-hand side of constraint j is read as 1 + ε_j with ε_0 ≫ ε_1 ≫ … &gt; 0. In a dictionary the
 * perturbed value of row r is D·x = T[r][0] + Σ_j ε_j·e_j(r), with e_j(r) = T[r][col(s_j)] when
 * slack s_j is cobasic, D when s_j is basic in row r, 0 otherwise; no two rows have equal
 * perturbed ratios, so every lexicographically feasible basis is a simple vertex of the perturbed
 * polytope and the ratio test below has a unique winner. Per-call object: not thread-safe.
 */
final class IntegerDictionary {
  private static final int FITS = 62; // bit length up to which a BigInteger entry goes back to long

  private final int d;
  private final int k;
  private final int w;
  private final int[] basicAt;
  private final int[] cobasicAt;
  private final int[] rowOf;
  private final int[] colOf;

  private boolean small;
  private long[] t;
  private long[] spare;
  private long det;
  private BigInteger[] big;
  private BigInteger[] bigSpare;
  private BigInteger bigDet;
  private long pivots;
  private long bigPivots;

  /** The dictionary of the origin: all slacks basic, D = 1. */
  IntegerDictionary(BigInteger[][] m) {
    k = m.length;
    d = m[0].length;
    w = d + 1;
    basicAt = new int[k];
    cobasicAt = new int[w];
    rowOf = new int[d + k];
    colOf = new int[d + k];
    big = new BigInteger[(k + 1) * w];
    bigSpare = new BigInteger[(k + 1) * w];
    for (int c = 1; c <= d; c++) {
      cobasicAt[c] = c - 1;
      colOf[c - 1] = c;
      rowOf[c - 1] = -1;
    }
    for (int r = 0; r < k; r++) {
      basicAt[r] = d + r;
      rowOf[d + r] = r;
      colOf[d + r] = -1;
      big[r * w] = BigInteger.ONE;
      for (int c = 1; c <= d; c++) {
        if (m[r][c - 1].signum() <= 0) throw new IllegalArgumentException("constraint matrix must be positive, got " + m[r][c - 1]);
        big[r * w + c] = m[r][c - 1];
      }
    }
    big[k * w] = BigInteger.ZERO;
    for (int c = 1; c <= d; c++) big[k * w + c] = BigInteger.ONE;
    bigDet = BigInteger.ONE;
    tryLong();
  }

  int decisionVariables() {
    return d;
  }

  int constraints() {
    return k;
  }

  /** The variable basic in row r (0 ≤ r &lt; k). */
  int basicAt(int r) {
    return basicAt[r];
  }

  /** The variable cobasic in column c (1 ≤ c ≤ d). */
  int cobasicAt(int c) {
    return cobasicAt[c];
  }

  /** Whether the basic variable of row r is zero at this vertex (a degenerate, extra tight constraint). */
  boolean rhsIsZero(int r) {
    return small ? t[r * w] == 0 : big[r * w].signum() == 0;
  }

  long pivots() {
    return pivots;
  }

  /** Pivots that needed BigInteger arithmetic. */
  long bigPivots() {
    return bigPivots;
  }

  /**
   * The leaving row when the cobasic variable of column c enters: the row minimising the perturbed
   * ratio among rows with T[r][c] &gt; 0; −1 when none (an unbounded edge, impossible for a polytope).
   */
  int lexMinRatioRow(int c) {
    int best = -1;
    if (small) {
      for (int r = 0; r < k; r++)
        if (t[r * w + c] > 0 && (best < 0 || lexSmallerLong(r, best, c))) best = r;
    } else {
      for (int r = 0; r < k; r++)
        if (big[r * w + c].signum() > 0 && (best < 0 || lexSmallerBig(r, best, c))) best = r;
    }
    return best;
  }

  private boolean lexSmallerLong(int r1, int r2, int c) {
    long p1 = t[r1 * w + c];
    long p2 = t[r2 * w + c];
    int cmp = ExactLong.compareProducts(t[r1 * w], p2, t[r2 * w], p1);
    for (int j = 0; cmp == 0 && j < k; j++) cmp = ExactLong.compareProducts(lexLong(r1, d + j), p2, lexLong(r2, d + j), p1);
    if (cmp == 0) throw new IllegalStateException("rows " + r1 + " and " + r2 + " tie lexicographically: singular basis");
    return cmp < 0;
  }

  private long lexLong(int r, int slack) {
    int c = colOf[slack];
    return c >= 0 ? t[r * w + c] : rowOf[slack] == r ? det : 0;
  }

  private boolean lexSmallerBig(int r1, int r2, int c) {
    BigInteger p1 = big[r1 * w + c];
    BigInteger p2 = big[r2 * w + c];
    int cmp = big[r1 * w].multiply(p2).compareTo(big[r2 * w].multiply(p1));
    for (int j = 0; cmp == 0 && j < k; j++) cmp = lexBig(r1, d + j).multiply(p2).compareTo(lexBig(r2, d + j).multiply(p1));
    if (cmp == 0) throw new IllegalStateException("rows " + r1 + " and " + r2 + " tie lexicographically: singular basis");
    return cmp < 0;
  }

  private BigInteger lexBig(int r, int slack) {
    int c = colOf[slack];
    return c >= 0 ? big[r * w + c] : rowOf[slack] == r ? bigDet : BigInteger.ZERO;
  }

  /** Whether increasing the cobasic variable of column c lowers the objective (T[k][c] &gt; 0). */
  boolean worsens(int c) {
    return small ? t[k * w + c] > 0 : big[k * w + c].signum() > 0;
  }

  /**
   * Whether pivoting on (r, c) leads to a basis whose reverse-search parent is this one: after the
   * pivot, Bland's rule (the improving cobasic variable of least index) must pick the variable that
   * left, which improves there iff {@link #worsens}(c) here. Reduced costs after the pivot are
   * (T[k][j]·p − T[k][c]·T[r][j]) / D for the other columns, so only their signs are computed (O(d)).
   * The lexicographic ratio test in that column then returns row r, as the edge is the same.
   */
  boolean pivotReturnsHere(int r, int c) {
    if (!worsens(c)) return false;
    int leaving = basicAt[r];
    int o = k * w;
    int rb = r * w;
    for (int j = 1; j < w; j++) {
      if (j == c || cobasicAt[j] > leaving) continue;
      int sign = small ? ExactLong.compareProducts(t[o + j], t[rb + c], t[o + c], t[rb + j])
          : big[o + j].multiply(big[rb + c]).compareTo(big[o + c].multiply(big[rb + j]));
      if (sign < 0) return false;
    }
    return true;
  }

  /** Exchanges the basic variable of row r and the cobasic variable of column c; T[r][c] must be positive. */
  void pivot(int r, int c) {
    pivots++;
    if (!small || !pivotLong(r, c)) {
      if (small) toBig();
      pivotBig(r, c);
      bigPivots++;
      tryLong();
    }
    int entering = cobasicAt[c];
    int leaving = basicAt[r];
    basicAt[r] = entering;
    cobasicAt[c] = leaving;
    rowOf[entering] = r;
    colOf[entering] = -1;
    colOf[leaving] = c;
    rowOf[leaving] = -1;
  }

  /** The pivot in long arithmetic; false (dictionary untouched) when an entry would overflow. */
  private boolean pivotLong(int r, int c) {
    long p = t[r * w + c];
    if (p <= 0) throw new IllegalArgumentException("pivot element " + p + " at row " + r + ", column " + c + " is not positive");
    int shift = Long.numberOfTrailingZeros(det);
    long odd = det >> shift;
    long inverse = ExactLong.inverseOfOdd(odd);
    int rb = r * w;
    for (int i = 0; i <= k; i++) {
      int ib = i * w;
      long aic = t[ib + c];
      if (i == r || (aic == 0 && p == det)) {
        System.arraycopy(t, ib, spare, ib, w);
      } else {
        for (int j = 0; j < w; j++) {
          long v = ExactLong.mulSubDiv(t[ib + j], p, aic, t[rb + j], odd, shift, inverse);
          if (v == ExactLong.OVERFLOW) return false;
          spare[ib + j] = v;
        }
      }
      spare[ib + c] = i == r ? det : -aic;
    }
    long[] old = t;
    t = spare;
    spare = old;
    det = p;
    return true;
  }

  private void pivotBig(int r, int c) {
    BigInteger p = big[r * w + c];
    if (p.signum() <= 0) throw new IllegalArgumentException("pivot element " + p + " at row " + r + ", column " + c + " is not positive");
    boolean sameDet = p.equals(bigDet);
    int rb = r * w;
    for (int i = 0; i <= k; i++) {
      int ib = i * w;
      BigInteger aic = big[ib + c];
      if (i == r || (aic.signum() == 0 && sameDet)) {
        System.arraycopy(big, ib, bigSpare, ib, w);
      } else {
        for (int j = 0; j < w; j++) {
          BigInteger v = big[ib + j].multiply(p);
          if (aic.signum() != 0 && big[rb + j].signum() != 0) v = v.subtract(aic.multiply(big[rb + j]));
          bigSpare[ib + j] = v.divide(bigDet);
        }
      }
      bigSpare[ib + c] = i == r ? bigDet : aic.negate();
    }
    BigInteger[] old = big;
    big = bigSpare;
    bigSpare = old;
    bigDet = p;
  }

  private void toBig() {
    for (int i = 0; i < t.length; i++) big[i] = BigInteger.valueOf(t[i]);
    bigDet = BigInteger.valueOf(det);
    small = false;
  }

  /** A copy of a dictionary's state, to return to a basis by copying instead of pivoting back. */
  static final class Snapshot {
    private long tag = -1;
    private boolean small;
    private long[] t;
    private long det;
    private BigInteger[] big;
    private BigInteger bigDet;
    private int[] basicAt;
    private int[] cobasicAt;
    private int[] rowOf;
    private int[] colOf;

    /** What the owner stored with it (e.g. the search depth), −1 when empty. */
    long tag() {
      return tag;
    }
  }

  /** Copies this dictionary into s and tags it. */
  void save(Snapshot s, long tag) {
    if (s.basicAt == null) {
      s.basicAt = new int[k];
      s.cobasicAt = new int[w];
      s.rowOf = new int[rowOf.length];
      s.colOf = new int[colOf.length];
    }
    System.arraycopy(basicAt, 0, s.basicAt, 0, k);
    System.arraycopy(cobasicAt, 0, s.cobasicAt, 0, w);
    System.arraycopy(rowOf, 0, s.rowOf, 0, rowOf.length);
    System.arraycopy(colOf, 0, s.colOf, 0, colOf.length);
    s.small = small;
    if (small) {
      if (s.t == null) s.t = new long[t.length];
      System.arraycopy(t, 0, s.t, 0, t.length);
      s.det = det;
    } else {
      if (s.big == null) s.big = new BigInteger[big.length];
      System.arraycopy(big, 0, s.big, 0, big.length); // BigIntegers are immutable: sharing them is safe
      s.bigDet = bigDet;
    }
    s.tag = tag;
  }

  /** Makes this dictionary equal to the one saved in s. */
  void restore(Snapshot s) {
    System.arraycopy(s.basicAt, 0, basicAt, 0, k);
    System.arraycopy(s.cobasicAt, 0, cobasicAt, 0, w);
    System.arraycopy(s.rowOf, 0, rowOf, 0, rowOf.length);
    System.arraycopy(s.colOf, 0, colOf, 0, colOf.length);
    small = s.small;
    if (small) {
      System.arraycopy(s.t, 0, t, 0, t.length);
      det = s.det;
    } else {
      System.arraycopy(s.big, 0, big, 0, big.length);
      bigDet = s.bigDet;
    }
  }

  /** Switches to long arithmetic when every entry fits. */
  private void tryLong() {
    if (bigDet.bitLength() > FITS) return;
    for (BigInteger v : big) if (v.bitLength() > FITS) return;
    if (t == null) {
      t = new long[big.length];
      spare = new long[big.length];
    }
    for (int i = 0; i < t.length; i++) t[i] = big[i].longValueExact();
    det = bigDet.longValueExact();
    small = true;
  }
}
