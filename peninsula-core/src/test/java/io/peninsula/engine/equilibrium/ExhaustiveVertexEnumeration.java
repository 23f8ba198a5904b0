package io.peninsula.engine.equilibrium;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test oracle: the first enummixed implementation (kept verbatim apart from its name), which finds
 * the vertices of both best-response polytopes by solving every choice of tight constraints
 * exactly — C(m+n, m) linear systems per polytope, obviously correct under any degeneracy, and far
 * too slow beyond ~10x10. {@link VertexEnumeration} must return exactly what this returns.
 */
final class ExhaustiveVertexEnumeration {
  /** Largest C(m+n, m) this implementation attempts. */
  public static final long MAX_BASES = 2_000_000;

  public boolean supports(StrategicGame game) {
    return game.numPlayers() == 2 && game.numStrategies(0) + game.numStrategies(1) <= 62
        && binomial(game.numStrategies(0) + game.numStrategies(1), game.numStrategies(0)) <= MAX_BASES;
  }

  public List<MixedProfile> solve(StrategicGame g) {
    if (!supports(g))
      throw new IllegalArgumentException("enummixed: needs a two-player game with C(m+n, m) <= " + MAX_BASES + " (this one: "
          + g.numPlayers() + " players)");
    int m = g.numStrategies(0);
    int n = g.numStrategies(1);
    Rational[][] a = positive(g.matrix(0));
    Rational[][] b = positive(g.matrix(1));
    // P: variables x (m); constraints rows: x_i >= 0 as -x_i <= 0 (label i), (B^T x)_j <= 1 (label m+j)
    Rational[][] pRows = new Rational[m + n][m];
    Rational[] pRhs = new Rational[m + n];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < m; k++) pRows[i][k] = k == i ? Rational.ONE.negate() : Rational.ZERO;
      pRhs[i] = Rational.ZERO;
    }
    for (int j = 0; j < n; j++) {
      for (int k = 0; k < m; k++) pRows[m + j][k] = b[k][j];
      pRhs[m + j] = Rational.ONE;
    }
    // Q: variables y (n); rows (A y)_i <= 1 (label i), -y_j <= 0 (label m+j)
    Rational[][] qRows = new Rational[m + n][n];
    Rational[] qRhs = new Rational[m + n];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < n; k++) qRows[i][k] = a[i][k];
      qRhs[i] = Rational.ONE;
    }
    for (int j = 0; j < n; j++) {
      for (int k = 0; k < n; k++) qRows[m + j][k] = k == j ? Rational.ONE.negate() : Rational.ZERO;
      qRhs[m + j] = Rational.ZERO;
    }
    Map<List<Rational>, Long> px = vertices(pRows, pRhs, m);
    Map<List<Rational>, Long> qy = vertices(qRows, qRhs, n);
    long all = (1L << (m + n)) - 1;
    List<MixedProfile> out = new ArrayList<>();
    for (var ex : px.entrySet()) {
      if (isZero(ex.getKey())) continue;
      for (var ey : qy.entrySet()) {
        if (isZero(ey.getKey())) continue;
        if ((ex.getValue() | ey.getValue()) != all) continue;
        MixedProfile prof = new MixedProfile(List.of(normalise(ex.getKey()), normalise(ey.getKey())));
        if (!StrategicPayoffs.isNash(g, prof)) throw new IllegalStateException("enummixed: a labelled pair failed verification");
        out.add(prof);
      }
    }
    out.sort(ORDER);
    return out;
  }

  private static final Comparator<MixedProfile> ORDER = (p, q) -> {
    for (int pl = 0; pl < 2; pl++)
      for (int s = 0; s < p.probabilities().get(pl).size(); s++) {
        int c = q.probability(pl, s).compareTo(p.probability(pl, s));
        if (c != 0) return c;
      }
    return 0;
  };

  /** Distinct feasible vertices of {z : rows·z <= rhs} with the bitmask of their tight rows. */
  private static Map<List<Rational>, Long> vertices(Rational[][] rows, Rational[] rhs, int dim) {
    Map<List<Rational>, Long> out = new LinkedHashMap<>();
    int total = rows.length;
    int[] choice = new int[dim];
    for (int i = 0; i < dim; i++) choice[i] = i;
    while (true) {
      Rational[] z = solve(rows, rhs, choice, dim);
      if (z != null) {
        List<Rational> key = Arrays.asList(z);
        if (!out.containsKey(key)) {
          long labels = 0;
          boolean feasible = true;
          for (int r = 0; r < total && feasible; r++) {
            Rational lhs = Rational.ZERO;
            for (int k = 0; k < dim; k++) if (rows[r][k].signum() != 0) lhs = lhs.add(rows[r][k].multiply(z[k]));
            int c = lhs.compareTo(rhs[r]);
            if (c > 0) feasible = false;
            else if (c == 0) labels |= 1L << r;
          }
          if (feasible) out.put(List.copyOf(key), labels);
        }
      }
      int i = dim - 1;
      while (i >= 0 && choice[i] == total - dim + i) i--;
      if (i < 0) break;
      choice[i]++;
      for (int k = i + 1; k < dim; k++) choice[k] = choice[k - 1] + 1;
    }
    return out;
  }

  /** Solves the square system of the chosen rows exactly; null when singular. */
  private static Rational[] solve(Rational[][] rows, Rational[] rhs, int[] choice, int dim) {
    Rational[][] a = new Rational[dim][dim + 1];
    for (int r = 0; r < dim; r++) {
      System.arraycopy(rows[choice[r]], 0, a[r], 0, dim);
      a[r][dim] = rhs[choice[r]];
    }
    for (int col = 0; col < dim; col++) {
      int piv = -1;
      for (int r = col; r < dim; r++) if (a[r][col].signum() != 0) { piv = r; break; }
      if (piv < 0) return null;
      Rational[] t = a[piv];
      a[piv] = a[col];
      a[col] = t;
      for (int r = 0; r < dim; r++) {
        if (r == col || a[r][col].signum() == 0) continue;
        Rational f = a[r][col].divide(a[col][col]);
        for (int k = col; k <= dim; k++) if (a[col][k].signum() != 0) a[r][k] = a[r][k].subtract(f.multiply(a[col][k]));
      }
    }
    Rational[] z = new Rational[dim];
    for (int r = 0; r < dim; r++) z[r] = a[r][dim].divide(a[r][r]);
    return z;
  }

  private static Rational[][] positive(Rational[][] m) {
    Rational min = m[0][0];
    for (Rational[] row : m) for (Rational v : row) min = min.min(v);
    Rational shift = Rational.ONE.subtract(min);
    Rational[][] out = new Rational[m.length][m[0].length];
    for (int i = 0; i < m.length; i++) for (int j = 0; j < m[0].length; j++) out[i][j] = m[i][j].add(shift);
    return out;
  }

  private static boolean isZero(List<Rational> v) {
    return v.stream().allMatch(r -> r.signum() == 0);
  }

  private static List<Rational> normalise(List<Rational> v) {
    Rational sum = Rational.ZERO;
    for (Rational r : v) sum = sum.add(r);
    List<Rational> out = new ArrayList<>();
    for (Rational r : v) out.add(r.divide(sum));
    return out;
  }

  static long binomial(int n, int k) {
    long r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
      if (r > Long.MAX_VALUE / 64) return Long.MAX_VALUE;
    }
    return r;
  }
}
