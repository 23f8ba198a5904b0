package io.peninsula.engine.equilibrium;

import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Nash equilibrium of a two-player extensive game with perfect recall (chance allowed) from the
 * sequence form solved by Lemke's algorithm (Koller, Megiddo &amp; von Stengel 1996, "Efficient
 * computation of equilibria for extensive two-person games", GEB 14; von Stengel 1996, GEB 14).
 *
 * <p>Player 1's sequences are ∅ and (h, a) for each information set h and action a; a realization
 * plan x satisfies {@code Ex = e}: x_∅ = 1 and, for each h, Σ_a x_(h,a) = x_σ(h), σ(h) the
 * sequence leading to h (unique by perfect recall). Likewise {@code Fy = f} for player 2. The
 * payoff matrices have {@code A[σ1][σ2] = Σ chance(leaf)·(u1(leaf) − c1)} over the leaves reached
 * by that pair of sequences (outcomes on inner nodes summed along the path), with c1 = max u1 + 1
 * so that every leaf pays a negative amount (as KMvS assume for Lemke's method), and integer-scaled.
 * Equilibria are the solutions of the LCP (KMvS, with each free dual vector written
 * p = p⁺ − p⁻ so that all variables are non-negative):
 *
 * <pre>
 *   w_x  = −A y + Eᵀ(p⁺ − p⁻) ≥ 0 ⊥ x ≥ 0      w_p⁺ = e − E x ≥ 0 ⊥ p⁺ ≥ 0
 *   w_y  = −Bᵀx + Fᵀ(q⁺ − q⁻) ≥ 0 ⊥ y ≥ 0      w_p⁻ = E x − e ≥ 0 ⊥ p⁻ ≥ 0   (and q± for F, f)
 * </pre>
 *
 * M is "copositive" here (zᵀMz = −xᵀ(A + B)y ≥ 0), the ground for Lemke's method. Lemke's
 * algorithm (Lemke 1965) augments w = q + Mz + d·z₀ with the covering vector d = (1, …, 1)
 * (Gambit's choice), enters z₀ at the most infeasible row and pivots complementarily until z₀
 * leaves. Exact fraction-free pivoting with the lexicographic ratio test ({@link IntegerTableau})
 * handles the heavy degeneracy of sequence-form LCPs.
 *
 * <p>The realization plans become behaviour: x_(h,a) / x_σ(h) where x_σ(h) > 0; at an information
 * set the player's own plan never reaches (x_σ(h) = 0) the sequence form leaves the behaviour
 * undefined and this returns the uniform mixture (the centroid, as Gambit's lcp does). That
 * choice cannot break the equilibrium, since such a set is reached with probability 0 whatever
 * the opponent does, but it does not make the profile subgame perfect or sequential.
 *
 * <p>Verification, exact: the LCP solution is checked (w ≥ 0, complementarity), which by LP
 * duality certifies that each plan is a best response; and when each player has at most
 * {@link #MAX_VERIFY_STRATEGIES} pure strategies the behaviour profile is also checked with
 * {@link ExtensivePayoffs#isNash}. Returns one equilibrium (the end of Lemke's path); size of the
 * LCP: N = |S1| + |S2| + 2(|H1| + 1) + 2(|H2| + 1), each pivot O(N²) big-integer operations.
 */
public final class SequenceFormLemke implements EquilibriumSolver {
  /** Largest pure-strategy count per player for the extra {@link ExtensivePayoffs#isNash} check. */
  public static final long MAX_VERIFY_STRATEGIES = 4096;
  /** Default cap on Lemke pivots. */
  public static final int DEFAULT_MAX_PIVOTS = 1_000_000;

  private final int maxPivots;

  public SequenceFormLemke() {
    this(DEFAULT_MAX_PIVOTS);
  }

  public SequenceFormLemke(int maxPivots) {
    if (maxPivots < 1) throw new IllegalArgumentException("maxPivots = " + maxPivots + ": must be >= 1");
    this.maxPivots = maxPivots;
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(false, true, 2, "Lemke on the sequence form of a two-player tree with perfect recall");
  }

  @Override
  public String method() {
    return "lcp";
  }

  @Override
  public boolean supports(ExtensiveGame game) {
    return game.numPlayers() == 2 && game.perfectRecallViolation().isEmpty();
  }

  @Override
  public List<BehaviorProfile> solve(ExtensiveGame g) {
    return List.of(equilibrium(g));
  }

  /** The equilibrium at the end of Lemke's path with covering vector (1, …, 1). */
  public BehaviorProfile equilibrium(ExtensiveGame g) {
    if (g.numPlayers() != 2) throw new IllegalArgumentException("lcp: the sequence form needs a two-player game, this one has " + g.numPlayers());
    g.perfectRecallViolation().ifPresent(v -> {
      throw new IllegalArgumentException("lcp: the sequence form needs perfect recall: " + v);
    });
    SequenceForm sf = SequenceForm.of(g);
    Lcp lcp = Lcp.of(sf);
    IntegerTableau tab = lcp.tableau();
    int n = lcp.size();
    int z0 = 2 * n;
    int enter = z0;
    int row = tab.ratioRow(z0, -1);
    for (int pivots = 1; ; pivots++) {
      if (pivots > maxPivots)
        throw new io.peninsula.error.IterationLimitException("lcp (Lemke on the sequence form)", maxPivots, Double.NaN,
            "a larger maxPivots (new SequenceFormLemke(maxPivots))");
      int leave = tab.pivot(row, enter);
      if (leave == z0) break;
      enter = leave < n ? n + leave : leave - n;
      row = tab.ratioRow(enter, 1);
      if (row < 0) throw new IllegalStateException("lcp: Lemke's algorithm ended on a secondary ray after " + pivots + " pivots");
    }
    Rational[] z = new Rational[n];
    for (int c = 0; c < n; c++) z[c] = tab.value(n + c);
    if (!lcp.isSolution(z)) throw new IllegalStateException("lcp: Lemke's algorithm ended at a point that is not an LCP solution");
    BehaviorProfile b = new BehaviorProfile(List.of(sf.behaviour(0, z, 0), sf.behaviour(1, z, sf.numSequences(0))));
    if (pureStrategies(g, 0) <= MAX_VERIFY_STRATEGIES && pureStrategies(g, 1) <= MAX_VERIFY_STRATEGIES && !ExtensivePayoffs.isNash(g, b))
      throw new IllegalStateException("lcp: the sequence-form solution failed the behaviour-profile Nash check");
    return b;
  }

  private static long pureStrategies(ExtensiveGame g, int p) {
    long count = 1;
    for (var h : g.infoSets(p)) if ((count *= h.numActions()) > MAX_VERIFY_STRATEGIES) return count;
    return count;
  }

  /** Sequences, constraint matrices and (negative, integer) payoff matrices of a two-player game. */
  record SequenceForm(ExtensiveGame game, int[][] offset, int[][] parent, BigInteger[][] a, BigInteger[][] b) {
    static SequenceForm of(ExtensiveGame g) {
      int[][] offset = new int[2][];
      int[][] parent = new int[2][];
      int[] seqs = new int[2];
      for (int p = 0; p < 2; p++) {
        offset[p] = new int[g.infoSets(p).size()];
        parent[p] = new int[g.infoSets(p).size()];
        int next = 1;
        for (int h = 0; h < offset[p].length; h++) {
          offset[p][h] = next;
          next += g.infoSets(p).get(h).numActions();
        }
        seqs[p] = next;
      }
      List<Leaf> leaves = new ArrayList<>();
      walk(g, g.root(), Rational.ONE, new int[2], new Rational[] {Rational.ZERO, Rational.ZERO}, offset, parent, leaves);
      return new SequenceForm(g, offset, parent, negativeIntegers(leaves, 0, seqs), negativeIntegers(leaves, 1, seqs));
    }

    int numSequences(int p) {
      return p == 0 ? a.length : a[0].length;
    }

    private static void walk(ExtensiveGame g, GameNode n, Rational prob, int[] seq, Rational[] pay, int[][] offset, int[][] parent,
        List<Leaf> leaves) {
      Rational[] acc = pay.clone();
      if (n.outcome().isPresent()) {
        Outcome o = n.outcome().get();
        for (int p = 0; p < 2; p++) acc[p] = acc[p].add(o.payoff(p));
      }
      if (n.isTerminal()) {
        leaves.add(new Leaf(seq[0], seq[1], prob, acc));
        return;
      }
      for (int a = 0; a < n.children().size(); a++) {
        if (n.isChance()) {
          Rational pa = g.infoSet(ExtensiveGame.CHANCE, n.infoSet()).probabilities().get(a);
          walk(g, n.children().get(a), prob.multiply(pa), seq, acc, offset, parent, leaves);
        } else {
          int p = n.player();
          parent[p][n.infoSet()] = seq[p];
          int[] next = seq.clone();
          next[p] = offset[p][n.infoSet()] + a;
          walk(g, n.children().get(a), prob, next, acc, offset, parent, leaves);
        }
      }
    }

    /** Player p's sequence-form payoff matrix, shifted so every leaf pays ≤ −1, scaled to integers. */
    private static BigInteger[][] negativeIntegers(List<Leaf> leaves, int p, int[] seqs) {
      Rational max = leaves.get(0).pay()[p];
      for (Leaf l : leaves) max = max.max(l.pay()[p]);
      Rational shift = max.add(Rational.ONE);
      Rational[][] m = new Rational[seqs[0]][seqs[1]];
      for (Rational[] row : m) Arrays.fill(row, Rational.ZERO);
      for (Leaf l : leaves) m[l.s1()][l.s2()] = m[l.s1()][l.s2()].add(l.prob().multiply(l.pay()[p].subtract(shift)));
      return IntegerMatrices.scaledToIntegers(m);
    }

    /** Rows of E (p = 0) or F (p = 1): row 0 is x_∅ = 1, row 1 + h is Σ_a x_(h,a) − x_σ(h) = 0. */
    int[][] constraints(int p) {
      int[][] e = new int[offset[p].length + 1][numSequences(p)];
      e[0][0] = 1;
      for (int h = 0; h < offset[p].length; h++) {
        e[1 + h][parent[p][h]] -= 1;
        for (int k = 0; k < game.infoSets(p).get(h).numActions(); k++) e[1 + h][offset[p][h] + k] += 1;
      }
      return e;
    }

    /** Behaviour of player p from its realization plan z[from ..]: x_(h,a) / x_σ(h), uniform where x_σ(h) = 0. */
    List<List<Rational>> behaviour(int p, Rational[] z, int from) {
      List<List<Rational>> out = new ArrayList<>();
      for (int h = 0; h < offset[p].length; h++) {
        int k = game.infoSets(p).get(h).numActions();
        Rational reach = z[from + parent[p][h]];
        List<Rational> row = new ArrayList<>();
        for (int act = 0; act < k; act++)
          row.add(reach.signum() == 0 ? Rational.of(1, k) : z[from + offset[p][h] + act].divide(reach));
        out.add(row);
      }
      return out;
    }
  }

  private record Leaf(int s1, int s2, Rational prob, Rational[] pay) {}

  /**
   * The LCP w = q + Mz ≥ 0 ⊥ z ≥ 0 of the class comment; z = (x, y, p⁺, p⁻, q⁺, q⁻), each
   * block's rows in the same order. Integer data (payoffs were scaled).
   */
  private record Lcp(int size, BigInteger[][] m, int[] q) {
    static Lcp of(SequenceForm sf) {
      int s1 = sf.numSequences(0);
      int s2 = sf.numSequences(1);
      int[][] e = sf.constraints(0);
      int[][] f = sf.constraints(1);
      int y = s1;
      int pPlus = s1 + s2;
      int pMinus = pPlus + e.length;
      int qPlus = pMinus + e.length;
      int qMinus = qPlus + f.length;
      int n = qMinus + f.length;
      BigInteger[][] m = new BigInteger[n][n];
      for (BigInteger[] row : m) Arrays.fill(row, BigInteger.ZERO);
      int[] q = new int[n];
      for (int i = 0; i < s1; i++)
        for (int j = 0; j < s2; j++) {
          m[i][y + j] = sf.a()[i][j].negate();
          m[y + j][i] = sf.b()[i][j].negate();
        }
      for (int k = 0; k < e.length; k++)
        for (int i = 0; i < s1; i++) {
          BigInteger v = BigInteger.valueOf(e[k][i]);
          m[i][pPlus + k] = v;
          m[i][pMinus + k] = v.negate();
          m[pPlus + k][i] = v.negate();
          m[pMinus + k][i] = v;
        }
      for (int k = 0; k < f.length; k++)
        for (int j = 0; j < s2; j++) {
          BigInteger v = BigInteger.valueOf(f[k][j]);
          m[y + j][qPlus + k] = v;
          m[y + j][qMinus + k] = v.negate();
          m[qPlus + k][y + j] = v.negate();
          m[qMinus + k][y + j] = v;
        }
      q[pPlus] = 1; // e = f = (1, 0, ..., 0)
      q[pMinus] = -1;
      q[qPlus] = 1;
      q[qMinus] = -1;
      return new Lcp(n, m, q);
    }

    /** Tableau w − Mz − d·z₀ = q with d = 1: columns w (0..N−1), z (N..2N−1), z₀ (2N), rhs. */
    IntegerTableau tableau() {
      int n = size;
      BigInteger[][] t = new BigInteger[n][2 * n + 2];
      int[] basis = new int[n];
      for (int r = 0; r < n; r++) {
        Arrays.fill(t[r], BigInteger.ZERO);
        t[r][r] = BigInteger.ONE;
        for (int c = 0; c < n; c++) t[r][n + c] = m[r][c].negate();
        t[r][2 * n] = BigInteger.ONE.negate();
        t[r][2 * n + 1] = BigInteger.valueOf(q[r]);
        basis[r] = r;
      }
      return new IntegerTableau(t, basis, basis);
    }

    /** Exact check: z ≥ 0, w = q + Mz ≥ 0 and zᵀw = 0. */
    boolean isSolution(Rational[] z) {
      BigInteger common = BigInteger.ONE;
      for (Rational r : z) common = IntegerMatrices.lcm(common, r.denominator());
      BigInteger[] zi = new BigInteger[size];
      for (int c = 0; c < size; c++) {
        if (z[c].signum() < 0) return false;
        zi[c] = z[c].numerator().multiply(common.divide(z[c].denominator()));
      }
      for (int r = 0; r < size; r++) {
        BigInteger w = BigInteger.valueOf(q[r]).multiply(common);
        for (int c = 0; c < size; c++) if (zi[c].signum() != 0 && m[r][c].signum() != 0) w = w.add(m[r][c].multiply(zi[c]));
        if (w.signum() < 0 || (w.signum() != 0 && zi[r].signum() != 0)) return false;
      }
      return true;
    }
  }
}
