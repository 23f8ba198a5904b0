package io.peninsula.engine.equilibrium;

import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact expected payoffs of behaviour profiles in extensive games (outcomes add along the path,
 * chance moves weighted by their probabilities) and the Nash check: no player gains by switching
 * to any of its pure strategies (one action per information set), the others' behaviour fixed.
 * The check enumerates each player's pure strategies — exponential in the number of information
 * sets, meant for verifying solver output on the games we solve exactly.
 */
public final class ExtensivePayoffs {
  private ExtensivePayoffs() {}

  /** Expected payoff vector under the behaviour profile. */
  public static Rational[] expected(ExtensiveGame g, BehaviorProfile b) {
    return walk(g, g.root(), b, Rational.ONE, new Rational[g.numPlayers()]);
  }

  private static Rational[] walk(ExtensiveGame g, GameNode n, BehaviorProfile b, Rational reach, Rational[] acc) {
    Rational[] out = acc[0] == null ? zeros(g.numPlayers()) : acc;
    if (reach.signum() == 0) return out;
    if (n.outcome().isPresent()) {
      Outcome o = n.outcome().get();
      for (int p = 0; p < out.length; p++) out[p] = out[p].add(reach.multiply(o.payoff(p)));
    }
    if (!n.isTerminal() && !n.isChance() && b.isUnspecified(n.player(), n.infoSet()))
      throw new IllegalArgumentException("player " + (n.player() + 1) + "'s information set " + (n.infoSet() + 1)
          + " is reached with positive probability but its behaviour is unspecified");
    for (int a = 0; a < n.children().size(); a++) {
      Rational pa = n.isChance() ? g.infoSet(ExtensiveGame.CHANCE, n.infoSet()).probabilities().get(a)
          : b.probability(n.player(), n.infoSet(), a);
      if (pa.signum() != 0) walk(g, n.children().get(a), b, reach.multiply(pa), out);
    }
    return out;
  }

  private static Rational[] zeros(int n) {
    Rational[] z = new Rational[n];
    java.util.Arrays.fill(z, Rational.ZERO);
    return z;
  }

  /** All pure strategies of a player: one action index per information set (first set varies fastest). */
  public static List<int[]> pureStrategies(ExtensiveGame g, int player) {
    List<InfoSet> sets = g.infoSets(player);
    List<int[]> out = new ArrayList<>();
    int[] cur = new int[sets.size()];
    while (true) {
      out.add(cur.clone());
      int k = 0;
      while (k < cur.length && ++cur[k] == sets.get(k).numActions()) cur[k++] = 0;
      if (k == cur.length) return out;
    }
  }

  /** The profile in which {@code player} plays the pure strategy {@code choice} and the others as in b. */
  public static BehaviorProfile with(ExtensiveGame g, BehaviorProfile b, int player, int[] choice) {
    List<List<List<Rational>>> probs = new ArrayList<>(b.probabilities());
    probs.set(player, pureBehaviour(g, player, choice));
    return new BehaviorProfile(probs);
  }

  static List<List<Rational>> pureBehaviour(ExtensiveGame g, int player, int[] choice) {
    List<List<Rational>> out = new ArrayList<>();
    List<InfoSet> sets = g.infoSets(player);
    for (int i = 0; i < sets.size(); i++) {
      List<Rational> row = new ArrayList<>();
      for (int a = 0; a < sets.get(i).numActions(); a++) row.add(a == choice[i] ? Rational.ONE : Rational.ZERO);
      out.add(row);
    }
    return out;
  }

  /** True when no player gains by deviating to any pure strategy (exact). */
  public static boolean isNash(ExtensiveGame g, BehaviorProfile b) {
    Rational[] v = expected(g, b);
    for (int p = 0; p < g.numPlayers(); p++)
      for (int[] s : pureStrategies(g, p))
        if (expected(g, with(g, b, p, s))[p].compareTo(v[p]) > 0) return false;
    return true;
  }
}
