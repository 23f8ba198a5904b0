package io.peninsula.engine.equilibrium;

import io.peninsula.engine.equilibrium.DominanceReduction.Elimination;
import io.peninsula.engine.equilibrium.DominanceReduction.Round;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Iterated elimination of strictly dominated strategies in an n-player strategic game (Fudenberg
 * &amp; Tirole 1991, "Game Theory", §2.1; Myerson 1991, "Game Theory", §3.1). Strategy s of player
 * i is strictly dominated when another strategy σ of i — a pure one, or with {@link #withMixed}
 * a mixed one over i's other remaining strategies — pays strictly more against every profile of
 * the other players' remaining strategies.
 *
 * <p>Order: each round finds every dominated strategy of every player in the game left by the
 * previous rounds and removes them all at once (as one call of Gambit's
 * {@code StrategySupportProfile::Undominated(strict)} does, pure dominators only there); rounds
 * repeat until none is dominated. For strict dominance the order does not matter: every order of
 * elimination ends in the same game (Gilboa, Kalai &amp; Zemel 1990, Oper. Res. Letters 9:85–89),
 * and a strategy strictly dominated is played in no Nash equilibrium, so the reduced game has
 * exactly the equilibria of the original, padded with zeros ({@link DominanceReduction#lift}).
 * At least one strategy per player always survives a round (a best reply to any belief is never
 * strictly dominated).
 *
 * <p>Mixed dominance is decided by a linear program, solved exactly ({@link ExactSimplex}). With
 * payoffs u shifted to u' ≥ 1 (which changes no comparison), s is dominated iff
 * min Σ_t x_t s.t. Σ_t x_t u'(t, c) ≥ u'(s, c) for every opponent profile c, x ≥ 0, is below 1
 * (Shoham &amp; Leyton-Brown 2009, "Multiagent Systems", §4.5.1); then σ = x / Σx dominates s.
 * We solve its dual, max Σ_c u'(s, c) y_c s.t. Σ_c u'(t, c) y_c ≤ 1 for each t ≠ s, y ≥ 0, whose
 * origin is feasible (no phase 1), and read x off the final tableau. The LP is skipped for a
 * strategy that is a best reply to some pure profile of the others (never dominated). Every
 * dominator found, pure or mixed, is checked exactly against the definition before a strategy is
 * removed.
 *
 * <p>Weak dominance ({@link #weak}, pure dominators only) is offered for exploration: t weakly
 * dominates s when it pays at least as much against every remaining profile and strictly more
 * against one. Rounds are formed the same way (as Gambit's {@code Undominated(strict = false)}),
 * and a maximal strategy always survives, but the result depends on the order of elimination and
 * equilibria can be lost (Myerson 1991, §2.5) — so it is never
 * used before solving.
 *
 * <p>Cost per round: pure O(Σ_i k_i² · |C_i|) payoff comparisons (k_i strategies, |C_i| opponent
 * profiles); mixed adds one LP with k_i − 1 rows and |C_i| columns per undominated-by-pure
 * strategy. Immutable and thread-safe.
 */
public final class IteratedDominance {
  private final boolean mixed;
  private final boolean strict;

  private IteratedDominance(boolean mixed, boolean strict) {
    this.mixed = mixed;
    this.strict = strict;
  }

  /** Dominators are pure strategies only. */
  public static IteratedDominance pureOnly() {
    return new IteratedDominance(false, true);
  }

  /** Dominators may be mixed strategies (a pure dominator is reported when there is one). */
  public static IteratedDominance withMixed() {
    return new IteratedDominance(true, true);
  }

  /** Weak dominance by pure strategies: order-dependent and may remove equilibria (see the class comment). */
  public static IteratedDominance weak() {
    return new IteratedDominance(false, false);
  }

  /** False for {@link #weak}. */
  public boolean strict() {
    return strict;
  }

  public boolean mixed() {
    return mixed;
  }

  public DominanceReduction reduce(StrategicGame g) {
    List<List<Integer>> kept = new ArrayList<>();
    for (int p = 0; p < g.numPlayers(); p++) {
      List<Integer> all = new ArrayList<>();
      for (int s = 0; s < g.numStrategies(p); s++) all.add(s);
      kept.add(all);
    }
    List<Round> rounds = new ArrayList<>();
    while (true) {
      List<Elimination> found = new ArrayList<>();
      for (int p = 0; p < g.numPlayers(); p++) found.addAll(dominatedOf(g, kept, p));
      if (found.isEmpty()) break;
      for (Elimination e : found) kept.get(e.player()).remove(Integer.valueOf(e.strategy()));
      rounds.add(new Round(rounds.size() + 1, found));
    }
    return new DominanceReduction(g, subgame(g, kept), kept, rounds);
  }

  private List<Elimination> dominatedOf(StrategicGame g, List<List<Integer>> kept, int p) {
    List<Integer> mine = kept.get(p);
    if (mine.size() < 2) return List.of();
    Rational[][] u = payoffs(g, kept, p); // u[k][c]: p's payoff for its k-th remaining strategy against opponent profile c
    List<Elimination> out = new ArrayList<>();
    for (int k = 0; k < mine.size(); k++) {
      Rational[] sigma = pureDominator(u, k, strict);
      if (sigma == null && mixed && !bestReplyToSomePureProfile(u, k)) sigma = mixedDominator(u, k);
      if (sigma == null) continue;
      if (!dominates(u, sigma, k, strict))
        throw new IllegalStateException("dominance: the dominator found for strategy " + (mine.get(k) + 1) + " of player " + (p + 1) + " failed verification");
      List<Rational> dom = new ArrayList<>();
      for (int s = 0; s < g.numStrategies(p); s++) dom.add(Rational.ZERO);
      for (int t = 0; t < sigma.length; t++) dom.set(mine.get(t), sigma[t]);
      out.add(new Elimination(p, mine.get(k), g.strategies().get(p).get(mine.get(k)), dom));
    }
    return out;
  }

  private static Rational[] pureDominator(Rational[][] u, int s, boolean strict) {
    for (int t = 0; t < u.length; t++) {
      if (t == s) continue;
      boolean all = true;
      boolean better = false;
      for (int c = 0; c < u[s].length && all; c++) {
        int cmp = u[t][c].compareTo(u[s][c]);
        all = strict ? cmp > 0 : cmp >= 0;
        better |= cmp > 0;
      }
      if (all && better) {
        Rational[] sigma = new Rational[u.length];
        Arrays.fill(sigma, Rational.ZERO);
        sigma[t] = Rational.ONE;
        return sigma;
      }
    }
    return null;
  }

  /** A best reply to some belief is never strictly dominated; checking pure beliefs first skips most LPs. */
  private static boolean bestReplyToSomePureProfile(Rational[][] u, int s) {
    for (int c = 0; c < u[s].length; c++) {
      boolean best = true;
      for (int t = 0; t < u.length && best; t++) best = u[t][c].compareTo(u[s][c]) <= 0;
      if (best) return true;
    }
    return false;
  }

  /** The LP of the class comment; null when s is a best reply to some belief (not dominated). */
  private static Rational[] mixedDominator(Rational[][] u, int s) {
    int cols = u[s].length;
    Rational min = u[0][0];
    for (Rational[] row : u) for (Rational v : row) min = min.min(v);
    Rational shift = Rational.ONE.subtract(min);
    Rational[] obj = new Rational[cols];
    for (int c = 0; c < cols; c++) obj[c] = u[s][c].add(shift);
    Rational[][] a = new Rational[u.length - 1][];
    Rational[] b = new Rational[u.length - 1];
    int[] others = new int[u.length - 1];
    for (int t = 0, r = 0; t < u.length; t++) {
      if (t == s) continue;
      a[r] = new Rational[cols];
      for (int c = 0; c < cols; c++) a[r][c] = u[t][c].add(shift);
      b[r] = Rational.ONE;
      others[r++] = t;
    }
    ExactSimplex.Solution sol = ExactSimplex.maximise(obj, a, b, Rational.ONE);
    if (sol.value().compareTo(Rational.ONE) >= 0) return null;
    if (!sol.optimal()) throw new IllegalStateException("dominance LP stopped early below its target");
    Rational total = sol.value(); // = Σ x_t by duality
    Rational[] sigma = new Rational[u.length];
    Arrays.fill(sigma, Rational.ZERO);
    for (int r = 0; r < others.length; r++) sigma[others[r]] = sol.dual()[r].divide(total);
    return sigma;
  }

  private static boolean dominates(Rational[][] u, Rational[] sigma, int s, boolean strict) {
    Rational sum = Rational.ZERO;
    for (Rational x : sigma) {
      if (x.signum() < 0) return false;
      sum = sum.add(x);
    }
    if (!sum.equals(Rational.ONE) || sigma[s].signum() != 0) return false;
    boolean better = false;
    for (int c = 0; c < u[s].length; c++) {
      Rational v = Rational.ZERO;
      for (int t = 0; t < sigma.length; t++) if (sigma[t].signum() != 0) v = v.add(sigma[t].multiply(u[t][c]));
      int cmp = v.compareTo(u[s][c]);
      if (cmp < 0 || (strict && cmp == 0)) return false;
      better |= cmp > 0;
    }
    return better;
  }

  /** Player p's payoffs over its remaining strategies × the remaining opponent profiles (first opponent fastest). */
  private static Rational[][] payoffs(StrategicGame g, List<List<Integer>> kept, int p) {
    int n = g.numPlayers();
    int cols = 1;
    for (int q = 0; q < n; q++) if (q != p) cols *= kept.get(q).size();
    Rational[][] u = new Rational[kept.get(p).size()][cols];
    int[] prof = new int[n];
    for (int c = 0; c < cols; c++) {
      int rest = c;
      for (int q = 0; q < n; q++) {
        if (q == p) continue;
        prof[q] = kept.get(q).get(rest % kept.get(q).size());
        rest /= kept.get(q).size();
      }
      for (int k = 0; k < kept.get(p).size(); k++) {
        prof[p] = kept.get(p).get(k);
        u[k][c] = g.payoff(prof, p);
      }
    }
    return u;
  }

  /** The game restricted to the kept strategies; outcomes still used keep their order and are renumbered from 1. */
  static StrategicGame subgame(StrategicGame g, List<List<Integer>> kept) {
    int n = g.numPlayers();
    List<List<String>> labels = new ArrayList<>();
    int profiles = 1;
    for (int p = 0; p < n; p++) {
      List<String> l = new ArrayList<>();
      for (int s : kept.get(p)) l.add(g.strategies().get(p).get(s));
      labels.add(l);
      profiles *= l.size();
    }
    int[] oldOutcome = new int[profiles];
    int[] prof = new int[n];
    for (int k = 0; k < profiles; k++) {
      int rest = k;
      for (int p = 0; p < n; p++) {
        prof[p] = kept.get(p).get(rest % kept.get(p).size());
        rest /= kept.get(p).size();
      }
      oldOutcome[k] = g.outcomeNumber(g.profileIndex(prof));
    }
    boolean[] used = new boolean[g.outcomes().size() + 1];
    for (int v : oldOutcome) used[v] = true;
    Map<Integer, Integer> renumber = new LinkedHashMap<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome o : g.outcomes()) {
      if (!used[o.number()]) continue;
      renumber.put(o.number(), outcomes.size() + 1);
      outcomes.add(new Outcome(outcomes.size() + 1, o.label(), o.payoffs()));
    }
    int[] map = new int[profiles];
    for (int k = 0; k < profiles; k++) map[k] = oldOutcome[k] == 0 ? 0 : renumber.get(oldOutcome[k]);
    return new StrategicGame(g.title(), g.comment(), g.players(), labels, outcomes, map);
  }
}
