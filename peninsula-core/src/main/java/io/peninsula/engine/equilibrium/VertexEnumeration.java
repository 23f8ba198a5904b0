package io.peninsula.engine.equilibrium;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All extreme Nash equilibria of a two-player strategic game, degenerate games included, by
 * enumerating the vertices of the two best-response polytopes and matching completely labelled
 * pairs (Avis, Rosenberg, Savani &amp; von Stengel 2010, "Enumeration of Nash equilibria for
 * two-player games", Economic Theory 42, §2–3): with each payoff matrix scaled to integers and
 * shifted to be positive (which does not change equilibria),
 *
 * <pre>
 *   P = { x ∈ R^m : x ≥ 0, Bᵀx ≤ 1 }   labels: i for x_i = 0, m + j for (Bᵀx)_j = 1
 *   Q = { y ∈ R^n : A y ≤ 1, y ≥ 0 }    labels: i for (Ay)_i = 1, m + j for y_j = 0
 * </pre>
 *
 * a pair of non-zero vertices (x, y) whose labels cover {0, …, m+n−1} is, normalised, an extreme
 * equilibrium, and every extreme equilibrium arises so. For a vertex x with labels L, the partners
 * are the vertices of the face of Q where the labels missing from L are tight (the paper's §4 and
 * lrsnash enumerate that face per x); here both vertex sets are enumerated once and the faces
 * read off by label sets: the vertex with exactly the missing labels (a hash lookup), plus, in
 * degenerate games, every vertex with more labels than its dimension that contains them.
 *
 * <p>Vertices come from {@link PolytopeVertices}: lrs-style reverse search over lexicographically
 * feasible bases with integer (fraction-free) pivoting, in 64-bit arithmetic with overflow
 * detection and BigInteger fallback. Cost: linear in the number of bases of P and Q, which grows
 * exponentially with the game (random 15×15 games with payoffs 0..99: tens of thousands each);
 * more than {@link #MAX_BASES} in one polytope is an error rather than a run of hours. Output:
 * sorted lexicographically by the row player's then the column player's probabilities
 * (descending), each verified exactly ({@link StrategicPayoffs#isNash}).
 */
public final class VertexEnumeration implements EquilibriumSolver {
  /** Most lexicographic bases explored in either polytope (time about 10 µs each; memory about 40 bytes per vertex). */
  public static final long MAX_BASES = 10_000_000;

  @Override
  public Capabilities capabilities() {
    return new Capabilities(true, false, 2, "all extreme mixed equilibria of a two-player strategic game by vertex enumeration");
  }

  @Override
  public String method() {
    return "enummixed";
  }

  @Override
  public boolean supports(StrategicGame game) {
    return game.numPlayers() == 2;
  }

  @Override
  public List<MixedProfile> solve(StrategicGame g) {
    if (!supports(g)) throw new IllegalArgumentException("enummixed: needs a two-player game, this one has " + g.numPlayers() + " players");
    int m = g.numStrategies(0);
    int n = g.numStrategies(1);
    BigInteger[][] a = IntegerMatrices.positiveIntegers(g.matrix(0));
    BigInteger[][] bt = transpose(IntegerMatrices.positiveIntegers(g.matrix(1)));
    int[] pLabel = new int[m + n]; // x_i -> i, slack of column j -> m + j
    int[] qLabel = new int[m + n]; // y_j -> m + j, slack of row i -> i
    for (int v = 0; v < m + n; v++) {
      pLabel[v] = v;
      qLabel[v] = v < n ? m + v : v - n;
    }
    PolytopeVertices px = PolytopeVertices.enumerate(bt, pLabel, MAX_BASES, "enummixed: player 1's best-response polytope");
    PolytopeVertices qy = PolytopeVertices.enumerate(a, qLabel, MAX_BASES, "enummixed: player 2's best-response polytope");
    Points xs = new Points(bt, px);
    Points ys = new Points(a, qy);
    List<MixedProfile> out = new ArrayList<>();
    for (int[] pair : completelyLabelledPairs(px, qy, m, n)) {
      MixedProfile prof = new MixedProfile(List.of(xs.mixed(pair[0]), ys.mixed(pair[1])));
      if (!StrategicPayoffs.isNash(g, prof)) throw new IllegalStateException("enummixed: a labelled pair failed verification");
      out.add(prof);
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

  /** Index pairs (x, y), both non-zero vertices, whose label sets together cover all m + n labels. */
  static List<int[]> completelyLabelledPairs(PolytopeVertices px, PolytopeVertices qy, int m, int n) {
    int w = px.width();
    long[] xl = px.labels();
    long[] yl = qy.labels();
    WordKeyTable simpleY = new WordKeyTable(w); // vertices of Q with exactly n labels, by label set
    List<Integer> degenerateY = new ArrayList<>();
    for (int y = 1; y < qy.size(); y++) // vertex 0 is the origin, never part of an equilibrium
      if (bitCount(yl, y * w, w) == n) simpleY.putIfAbsent(yl, y * w, y);
      else degenerateY.add(y);
    long[] missing = new long[w];
    List<int[]> pairs = new ArrayList<>();
    for (int x = 1; x < px.size(); x++) {
      for (int k = 0; k < w; k++) missing[k] = ~xl[x * w + k];
      missing[w - 1] &= -1L >>> (64 * w - m - n);
      if (bitCount(missing, 0, w) == n) {
        int y = simpleY.get(missing, 0);
        if (y >= 0) pairs.add(new int[] {x, y});
        for (int yd : degenerateY) if (contains(yl, yd * w, missing, w)) pairs.add(new int[] {x, yd});
      } else { // x is degenerate: the face of Q it pairs with may have several vertices
        for (int y = 1; y < qy.size(); y++) if (contains(yl, y * w, missing, w)) pairs.add(new int[] {x, y});
      }
    }
    return pairs;
  }

  private static int bitCount(long[] words, int offset, int w) {
    int c = 0;
    for (int k = 0; k < w; k++) c += Long.bitCount(words[offset + k]);
    return c;
  }

  private static boolean contains(long[] words, int offset, long[] subset, int w) {
    for (int k = 0; k < w; k++) if ((subset[k] & ~words[offset + k]) != 0) return false;
    return true;
  }

  /** The mixed strategies of the vertices of one polytope, computed on demand from their bases and cached. */
  private static final class Points {
    private final BigInteger[][] m;
    private final PolytopeVertices vertices;
    private final Map<Integer, List<Rational>> cache = new HashMap<>();

    Points(BigInteger[][] m, PolytopeVertices vertices) {
      this.m = m;
      this.vertices = vertices;
    }

    /** The vertex solves M_JS z_S = 1 for S its basic z's and J the rows whose slacks are cobasic; normalised. */
    List<Rational> mixed(int vertex) {
      return cache.computeIfAbsent(vertex, v -> {
        int d = m[0].length;
        int off = v * vertices.width();
        long[] basis = vertices.bases();
        List<Integer> support = new ArrayList<>();
        List<Integer> tight = new ArrayList<>();
        for (int i = 0; i < d; i++) if (PolytopeVertices.has(basis, off, i)) support.add(i);
        for (int j = 0; j < m.length; j++) if (!PolytopeVertices.has(basis, off, d + j)) tight.add(j);
        int k = support.size();
        BigInteger[][] sys = new BigInteger[k][k];
        BigInteger[] ones = new BigInteger[k];
        for (int r = 0; r < k; r++) {
          for (int c = 0; c < k; c++) sys[r][c] = m[tight.get(r)][support.get(c)];
          ones[r] = BigInteger.ONE;
        }
        Rational[] z = IntegerMatrices.solve(sys, ones); // regular: rows and columns come from a basis
        Rational sum = Rational.ZERO;
        for (Rational r : z) sum = sum.add(r);
        List<Rational> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < d; i++) out.add(s < support.size() && support.get(s) == i ? z[s++].divide(sum) : Rational.ZERO);
        return List.copyOf(out);
      });
    }
  }

  private static BigInteger[][] transpose(BigInteger[][] v) {
    BigInteger[][] out = new BigInteger[v[0].length][v.length];
    for (int i = 0; i < v.length; i++) for (int j = 0; j < v[0].length; j++) out[j][i] = v[i][j];
    return out;
  }
}
