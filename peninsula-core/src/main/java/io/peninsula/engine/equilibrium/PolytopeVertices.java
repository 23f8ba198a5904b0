package io.peninsula.engine.equilibrium;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * All vertices of a polytope {z ∈ R^d : z ≥ 0, Mz ≤ 1} (M positive, so the origin is a
 * non-degenerate vertex and the polytope is bounded), each with its label set — the constraints
 * tight at it — and one basis defining it.
 *
 * <p>Method: reverse search (Avis &amp; Fukuda 1992, "A pivoting algorithm for convex hulls and
 * vertex enumeration of arrangements and polyhedra", DCG 8; as in lrs, Avis 2000). The nodes are
 * the lexicographically feasible bases ({@link IntegerDictionary}): the vertices of the perturbed
 * polytope (rhs 1 + ε_j), which is simple, so every vertex of the original polytope is the
 * unperturbed point of at least one of them. Maximising w = −Σ z_i, whose unique optimum is the
 * origin, the simplex method with Bland's entering rule and the lexicographic ratio test gives every
 * other basis a parent; these parent links form a tree rooted at the origin, which is searched depth
 * first from the root by testing each neighbour for being a child
 * ({@link IntegerDictionary#pivotReturnsHere}, O(d), no pivot). No set of visited bases is kept; the
 * tree is as deep as the longest simplex path, so walking back restores a saved dictionary (a
 * cache per depth, as lrs's) and pivots back only below the cache. Vertices with several bases
 * (degenerate ones) are reported once, keyed by label set.
 *
 * <p>Cost: per basis one pivot of (k+1)·(d+1) entries, and per neighbour a ratio test of k rows
 * when its reduced cost allows a child; time linear in the number of bases, which grows
 * exponentially with d for random games; memory linear in the number of vertices.
 */
final class PolytopeVertices {
  /** Dictionaries kept for walking back without pivoting (by depth mod CACHE; deeper levels overwrite). */
  private static final int CACHE = 128;

  private final int width;
  private int count;
  private long[] labels;
  private long[] bases;
  private long basesVisited;
  private long pivots;
  private long bigPivots;

  private PolytopeVertices(int width) {
    this.width = width;
    labels = new long[64 * width];
    bases = new long[64 * width];
  }

  /**
   * Enumerates the vertices; the origin comes first.
   *
   * @param m the constraint matrix, k×d, positive integers
   * @param labelOf the label of each variable: z_0..z_{d−1}, then the slacks of rows 0..k−1
   * @param maxBases budget on lexicographically feasible bases; more is an error naming {@code what}
   * @param what the polytope's name in that error, e.g. "player 1's best-response polytope"
   */
  static PolytopeVertices enumerate(BigInteger[][] m, int[] labelOf, long maxBases, String what) {
    IntegerDictionary dict = new IntegerDictionary(m);
    int d = dict.decisionVariables();
    int vars = d + dict.constraints();
    int w = (vars + 63) >>> 6;
    PolytopeVertices out = new PolytopeVertices(w);
    long[] basis = new long[w];
    long[] scratch = new long[w];
    for (int v = d; v < vars; v++) flip(basis, v);
    WordKeyTable vertexOfLabels = new WordKeyTable(w);
    out.record(dict, basis, labelOf, vertexOfLabels, scratch);
    Path path = new Path();
    long bases = 1;
    while (true) {
      int depth = path.depth;
      if (path.next[depth] > d) { // every child searched: back to the parent basis
        if (depth == 0) break;
        flip(basis, dict.basicAt(path.row[depth]));
        flip(basis, dict.cobasicAt(path.col[depth]));
        IntegerDictionary.Snapshot parent = path.cache[(depth - 1) % CACHE];
        if (parent.tag() == path.node[depth - 1]) dict.restore(parent);
        else dict.pivot(path.row[depth], path.col[depth]);
        path.depth--;
        continue;
      }
      int c = path.next[depth]++;
      if (!dict.worsens(c)) continue; // then the neighbour's parent pivot cannot lead back here
      int r = dict.lexMinRatioRow(c);
      if (r < 0) throw new IllegalStateException("unbounded edge in a polytope: the constraint matrix is not positive");
      if (!dict.pivotReturnsHere(r, c)) continue;
      if (++bases > maxBases)
        throw new IllegalStateException(what + " has more than " + String.format("%,d", maxBases)
            + " lexicographic bases (vertex enumeration needs them all): the game is too large for this method");
      IntegerDictionary.Snapshot here = path.cache[depth % CACHE];
      if (here.tag() != path.node[depth]) dict.save(here, path.node[depth]); // once per node while it lasts
      flip(basis, dict.basicAt(r));
      flip(basis, dict.cobasicAt(c));
      dict.pivot(r, c);
      path.push(r, c);
      out.record(dict, basis, labelOf, vertexOfLabels, scratch);
    }
    out.basesVisited = bases;
    out.pivots = dict.pivots();
    out.bigPivots = dict.bigPivots();
    return out;
  }

  /** The search's stack: per depth the pivot that led there, the next column to try, a node serial and its saved dictionary. */
  private static final class Path {
    int depth;
    int[] row = new int[64];
    int[] col = new int[64];
    int[] next = new int[64];
    long[] node = new long[64]; // tags the saved dictionary, so a later node at the same depth cannot use it
    long nodes;
    final IntegerDictionary.Snapshot[] cache = new IntegerDictionary.Snapshot[CACHE];

    Path() {
      for (int i = 0; i < CACHE; i++) cache[i] = new IntegerDictionary.Snapshot();
      next[0] = 1;
    }

    void push(int r, int c) {
      if (++depth == next.length) {
        row = Arrays.copyOf(row, depth * 2);
        col = Arrays.copyOf(col, depth * 2);
        next = Arrays.copyOf(next, depth * 2);
        node = Arrays.copyOf(node, depth * 2);
      }
      row[depth] = r;
      col[depth] = c;
      next[depth] = 1;
      node[depth] = ++nodes;
    }
  }

  /** Adds the current vertex unless a basis of the same vertex (same tight constraints) came before. */
  private void record(IntegerDictionary dict, long[] basis, int[] labelOf, WordKeyTable vertexOfLabels, long[] scratch) {
    Arrays.fill(scratch, 0);
    for (int c = 1; c <= dict.decisionVariables(); c++) flip(scratch, labelOf[dict.cobasicAt(c)]);
    for (int r = 0; r < dict.constraints(); r++) if (dict.rhsIsZero(r)) flip(scratch, labelOf[dict.basicAt(r)]);
    if (vertexOfLabels.putIfAbsent(scratch, 0, count) >= 0) return;
    if ((count + 1) * width > labels.length) {
      labels = Arrays.copyOf(labels, labels.length * 2);
      bases = Arrays.copyOf(bases, bases.length * 2);
    }
    System.arraycopy(scratch, 0, labels, count * width, width);
    System.arraycopy(basis, 0, bases, count * width, width);
    count++;
  }

  static void flip(long[] words, int bit) {
    words[bit >>> 6] ^= 1L << bit;
  }

  static boolean has(long[] words, int offset, int bit) {
    return (words[offset + (bit >>> 6)] & (1L << bit)) != 0;
  }

  /** Longs per label set or basis. */
  int width() {
    return width;
  }

  /** Number of distinct vertices, the origin included. */
  int size() {
    return count;
  }

  /** Label sets, vertex i at [i·width, (i+1)·width); bit ℓ set when label ℓ is tight. */
  long[] labels() {
    return labels;
  }

  /** One basis per vertex, laid out as {@link #labels}: bit v set when variable v is basic. */
  long[] bases() {
    return bases;
  }

  /** Lexicographically feasible bases (≥ vertices; more when the polytope is degenerate). */
  long basesVisited() {
    return basesVisited;
  }

  long pivots() {
    return pivots;
  }

  long bigPivots() {
    return bigPivots;
  }
}
