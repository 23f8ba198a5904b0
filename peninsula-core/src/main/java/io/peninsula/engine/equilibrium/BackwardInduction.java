package io.peninsula.engine.equilibrium;

import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * The subgame-perfect equilibrium of a perfect-information game (every information set a single
 * node; chance nodes allowed) by backward induction (Zermelo 1913; Selten 1965): each node's value
 * is its outcome plus, at a chance node, the probability-weighted values of its children, at a
 * player's node the child value that is best for that player. Ties are broken towards the first
 * action in the file's order (documented choice: with ties the game has several SPE; this returns
 * one, deterministically). Exact arithmetic.
 *
 * <p>Verification, independent of the search and linear in the size of the tree: the values of the
 * returned profile are recomputed bottom-up and no player may gain by a one-shot deviation at any of
 * its nodes — by the one-shot deviation principle a profile of a finite perfect-information game
 * passing this test is subgame perfect (Hendon, Jacobsen &amp; Sloth 1996, "The one-shot-deviation
 * principle for sequential rationality", GEB 12), hence a Nash equilibrium. (Checking every pure
 * strategy instead, as {@link ExtensivePayoffs#isNash} does, is exponential in the number of nodes.)
 */
public final class BackwardInduction implements EquilibriumSolver {
  @Override
  public Capabilities capabilities() {
    return new Capabilities(false, true, 0, "the subgame-perfect equilibrium of a perfect-information tree by backward induction");
  }

  @Override
  public String method() {
    return "spe";
  }

  @Override
  public boolean supports(ExtensiveGame game) {
    return game.isPerfectInformation();
  }

  @Override
  public List<BehaviorProfile> solve(ExtensiveGame g) {
    if (!g.isPerfectInformation())
      throw new IllegalArgumentException("spe: backward induction needs perfect information (an information set holds several nodes)");
    int[][] choice = new int[g.numPlayers()][];
    for (int p = 0; p < g.numPlayers(); p++) choice[p] = new int[g.infoSets(p).size()];
    value(g, g.root(), choice);
    List<List<List<Rational>>> probs = new ArrayList<>();
    for (int p = 0; p < g.numPlayers(); p++) probs.add(ExtensivePayoffs.pureBehaviour(g, p, choice[p]));
    BehaviorProfile b = new BehaviorProfile(probs);
    if (!isSubgamePerfect(g, choice)) throw new IllegalStateException("spe: backward-induction profile failed verification");
    return List.of(b);
  }

  /**
   * True when no player gains by a one-shot deviation at any node of a perfect-information game
   * played by the pure choices {@code choice[player][infoSet]} (see the class doc).
   */
  public static boolean isSubgamePerfect(ExtensiveGame g, int[][] choice) {
    return profileValue(g, g.root(), choice) != null;
  }

  /** Value of the subtree under the profile, or null when some node admits a profitable one-shot deviation. */
  private static Rational[] profileValue(ExtensiveGame g, GameNode n, int[][] choice) {
    Rational[] v = new Rational[g.numPlayers()];
    java.util.Arrays.fill(v, Rational.ZERO);
    if (n.outcome().isPresent())
      for (int p = 0; p < v.length; p++) v[p] = n.outcome().get().payoff(p);
    if (n.isTerminal()) return v;
    Rational[][] child = new Rational[n.children().size()][];
    for (int a = 0; a < child.length; a++) {
      child[a] = profileValue(g, n.children().get(a), choice);
      if (child[a] == null) return null;
    }
    if (n.isChance()) {
      List<Rational> pr = g.infoSet(ExtensiveGame.CHANCE, n.infoSet()).probabilities();
      for (int a = 0; a < child.length; a++)
        for (int p = 0; p < v.length; p++) v[p] = v[p].add(pr.get(a).multiply(child[a][p]));
      return v;
    }
    int mover = n.player();
    int taken = choice[mover][n.infoSet()];
    for (Rational[] c : child) if (c[mover].compareTo(child[taken][mover]) > 0) return null;
    for (int p = 0; p < v.length; p++) v[p] = v[p].add(child[taken][p]);
    return v;
  }

  private static Rational[] value(ExtensiveGame g, GameNode n, int[][] choice) {
    Rational[] v = new Rational[g.numPlayers()];
    java.util.Arrays.fill(v, Rational.ZERO);
    if (n.outcome().isPresent()) {
      Outcome o = n.outcome().get();
      for (int p = 0; p < v.length; p++) v[p] = o.payoff(p);
    }
    if (n.isTerminal()) return v;
    if (n.isChance()) {
      List<Rational> pr = g.infoSet(ExtensiveGame.CHANCE, n.infoSet()).probabilities();
      for (int a = 0; a < n.children().size(); a++) {
        Rational[] c = value(g, n.children().get(a), choice);
        for (int p = 0; p < v.length; p++) v[p] = v[p].add(pr.get(a).multiply(c[p]));
      }
      return v;
    }
    Rational[] best = null;
    int bestA = 0;
    for (int a = 0; a < n.children().size(); a++) {
      Rational[] c = value(g, n.children().get(a), choice);
      if (best == null || c[n.player()].compareTo(best[n.player()]) > 0) {
        best = c;
        bestA = a;
      }
    }
    choice[n.player()][n.infoSet()] = bestA;
    for (int p = 0; p < v.length; p++) v[p] = v[p].add(best[p]);
    return v;
  }
}
