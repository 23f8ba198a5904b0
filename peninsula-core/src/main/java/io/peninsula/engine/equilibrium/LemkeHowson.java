package io.peninsula.engine.equilibrium;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.StrategicGame;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Nash equilibria of two-player strategic games by the Lemke–Howson algorithm (Lemke &amp; Howson
 * 1964, "Equilibrium points of bimatrix games", SIAM J. Appl. Math. 12), as presented by von
 * Stengel (2002, "Computing equilibria for two-person games", Handbook of Game Theory 3, ch. 45,
 * §3). With payoffs made positive integers (a positive affine change per player, which keeps the
 * equilibria) the two tableaux are
 *
 * <pre>
 *   r + A y = 1,   r, y ≥ 0     labels: i for r_i (row i),     m + j for y_j
 *   s + Bᵀx = 1,   s, x ≥ 0     labels: i for x_i,             m + j for s_j (column j)
 * </pre>
 *
 * (the best-response polytopes of von Stengel 2002 in equation form). Starting from the artificial equilibrium
 * (x, y) = (0, 0), label k is dropped by entering the variable with label k; each pivot's
 * leaving variable has its complement enter the other tableau, until a variable with label k
 * leaves: the basis is then completely labelled and, normalised, an equilibrium. Pivots are exact
 * (fraction-free integers, {@link IntegerTableau}) with the lexicographic minimum-ratio test, so
 * degenerate games do not cycle.
 *
 * <ul>
 *   <li>{@link #fromLabel} / {@link #firstEquilibrium}: one path. For speed it pivots in doubles
 *       ({@link DoubleTableau}), then re-solves the final basis exactly and checks it; if the exact
 *       basis is singular, infeasible or not an equilibrium the path is re-run exactly.</li>
 *   <li>{@link #solve}: every equilibrium reachable as Gambit's {@code gambit-lcp} does — the
 *       paths for all labels 1..m+n from the artificial equilibrium, then the paths for all
 *       labels from each equilibrium basis found, until no new basis appears. It is first run in
 *       doubles, each new basis re-solved exactly; at the first ratio comparison too close to
 *       call in floating point, stall or failed re-solve it is re-run in exact arithmetic, so the
 *       paths and the result are those of the exact algorithm. Not always all equilibria: Lemke–Howson
 *       paths join equilibria of opposite index only (Shapley 1974), so some games have
 *       equilibria no path reaches.</li>
 * </ul>
 *
 * Every returned profile is verified exactly by the best-response condition on the payoff
 * matrices (each strategy played with positive probability earns the maximum). Output of
 * {@link #solve} is deduplicated and sorted like {@code enummixed}'s (row player's then column
 * player's probabilities, descending). Paths can be exponentially long (Savani &amp; von Stengel
 * 2006); each is capped at {@code maxPivots}.
 */
public final class LemkeHowson implements EquilibriumSolver {
  /** Default cap on the pivots of one path. */
  public static final int DEFAULT_MAX_PIVOTS = 1_000_000;

  private final int maxPivots;

  public LemkeHowson() {
    this(DEFAULT_MAX_PIVOTS);
  }

  public LemkeHowson(int maxPivots) {
    if (maxPivots < 1) throw new IllegalArgumentException("maxPivots = " + maxPivots + ": must be >= 1");
    this.maxPivots = maxPivots;
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(true, false, 2, "Lemke-Howson paths from every label on a two-player strategic game");
  }

  @Override
  public String method() {
    return "lcp";
  }

  @Override
  public boolean supports(StrategicGame game) {
    return game.numPlayers() == 2;
  }

  /** All equilibria reachable by Lemke–Howson paths (see class comment), exact, sorted. */
  @Override
  public List<MixedProfile> solve(StrategicGame g) {
    Bimatrix in = Bimatrix.of(g);
    return explore(in.doubleTableaux(), in::exactFromBasis, false).orElseGet(() -> explore(in.exactTableaux(), in::profile, true).orElseThrow());
  }

  /** {@link #solve} pivoting exactly throughout (tests compare the two). */
  List<MixedProfile> solveExact(StrategicGame g) {
    Bimatrix in = Bimatrix.of(g);
    return explore(in.exactTableaux(), in::profile, true).orElseThrow();
  }

  /**
   * The path graph: every label from the artificial basis, then from every new equilibrium basis.
   * In doubles ({@code exact} false) it gives up (empty) at the first comparison too close to call
   * in floating point, stall, or basis whose exact re-solve fails, and the caller re-runs it
   * exactly; otherwise the double paths make the same pivots as the exact ones (exact ties,
   * degenerate games included, are recognised and broken by the same lexicographic rule).
   */
  private <T extends PivotingTableau> Optional<List<MixedProfile>> explore(T[] start, Function<T[], Optional<MixedProfile>> profile,
      boolean exact) {
    int labels = start[0].rows() + start[1].rows();
    TreeSet<MixedProfile> found = new TreeSet<>(ORDER);
    Set<BitSet> seen = new HashSet<>();
    Deque<T[]> todo = new ArrayDeque<>();
    seen.add(basis(start, labels));
    todo.push(start);
    while (!todo.isEmpty()) {
      T[] from = todo.pop();
      for (int k = 0; k < labels; k++) {
        T[] tab = from.clone();
        for (int s = 0; s < 2; s++) tab[s] = cast(from[s].copy());
        int end = follow(tab, k);
        if (exact) check(end, k);
        else if (end < 0 || ((DoubleTableau) tab[0]).uncertain() || ((DoubleTableau) tab[1]).uncertain()) return Optional.empty();
        if (!seen.add(basis(tab, labels))) continue;
        Optional<MixedProfile> eq = profile.apply(tab);
        if (eq.isEmpty()) {
          if (exact) continue; // back at the artificial equilibrium (cannot happen: its basis is seen)
          return Optional.empty();
        }
        found.add(eq.get());
        todo.push(tab);
      }
    }
    return Optional.of(List.copyOf(found));
  }

  @SuppressWarnings("unchecked")
  private static <T extends PivotingTableau> T cast(PivotingTableau t) {
    return (T) t;
  }

  /** The equilibrium at the end of the path that drops label 1 (the row player's first strategy). */
  public MixedProfile firstEquilibrium(StrategicGame g) {
    return fromLabel(g, 1);
  }

  /**
   * The equilibrium at the end of the path from the artificial equilibrium that drops
   * {@code label} (1..m for the row player's strategies, m+1..m+n for the column player's).
   * Pivots in doubles, then re-solves the final basis exactly; re-runs the path exactly when that
   * basis does not give a verified equilibrium.
   */
  public MixedProfile fromLabel(StrategicGame g, int label) {
    Bimatrix in = Bimatrix.of(g);
    if (label < 1 || label > in.m() + in.n())
      throw new IllegalArgumentException("label = " + label + ": must be in 1.." + (in.m() + in.n()) + " (m + n strategies)");
    int k = label - 1;
    DoubleTableau[] fast = in.doubleTableaux();
    Optional<MixedProfile> eq = follow(fast, k) > 0 ? in.exactFromBasis(fast) : Optional.empty();
    return eq.orElseGet(() -> exactPath(in, k));
  }

  /** The same path pivoted exactly throughout (the fallback of {@link #fromLabel}; tests compare the two). */
  MixedProfile fromLabelExact(StrategicGame g, int label) {
    return exactPath(Bimatrix.of(g), label - 1);
  }

  private MixedProfile exactPath(Bimatrix in, int k) {
    IntegerTableau[] tab = in.exactTableaux();
    check(follow(tab, k), k);
    return in.profile(tab).orElseThrow(() -> new IllegalStateException("lcp: label " + (k + 1) + " path returned to the artificial equilibrium"));
  }

  /**
   * Complementary pivoting from the current basis, dropping label k, until a variable with label k
   * leaves: the pivots made, −1 at an unbounded ratio test, −2
   * at the pivot cap.
   */
  private int follow(PivotingTableau[] tab, int k) {
    int side = tab[0].isBasic(k) ? 1 : 0;
    int enter = k;
    for (int pivots = 1; pivots <= maxPivots; pivots++) {
      int row = tab[side].ratioRow(enter);
      if (row < 0) return -1;
      int leave = tab[side].pivot(row, enter);
      if (leave == k) return pivots;
      enter = leave;
      side = 1 - side;
    }
    return -2;
  }

  private void check(int end, int k) {
    if (end == -1) throw new IllegalStateException("lcp: unbounded ratio test at label " + (k + 1) + " (cannot happen for positive payoffs)");
    if (end == -2)
      throw new io.peninsula.error.IterationLimitException("lcp (the path dropping label " + (k + 1) + ")", maxPivots, Double.NaN,
          "a larger maxPivots (new LemkeHowson(maxPivots))");
  }

  private static BitSet basis(PivotingTableau[] tab, int labels) {
    BitSet b = new BitSet(2 * labels);
    for (int s = 0; s < 2; s++) for (int r = 0; r < tab[s].rows(); r++) b.set(s * labels + tab[s].basicVariable(r));
    return b;
  }

  static final Comparator<MixedProfile> ORDER = (p, q) -> {
    for (int pl = 0; pl < p.probabilities().size(); pl++)
      for (int s = 0; s < p.probabilities().get(pl).size(); s++) {
        int c = q.probability(pl, s).compareTo(p.probability(pl, s));
        if (c != 0) return c;
      }
    return 0;
  };
}
