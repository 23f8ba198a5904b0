package io.peninsula.engine.equilibrium;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.ReducedStrategicForm;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.List;

/**
 * All pure-strategy Nash equilibria of an n-player strategic game, by checking every profile: a
 * profile is an equilibrium when no player has a strategy paying strictly more against the
 * others' strategies (exact comparison). Same set and order as Gambit's {@code gambit-enumpure}
 * (profiles in Gambit's order, first player's strategy varying fastest).
 *
 * <p>Cost O(|S| · n) payoff look-ups for |S| profiles of n players: for each player and each
 * choice of the others' strategies, one pass finds the player's best payoff and marks the profiles
 * that reach it ({@link #bestResponses}); a profile is an equilibrium when it is marked for every
 * player. Each marked profile is then checked again deviation by deviation (O(Σ_p |S_p|) each). (Checking every deviation of every profile instead costs
 * O(|S| · Σ_p |S_p|): 16 billion look-ups on a 2000 × 2000 game.)
 */
public final class PureStrategyEnumeration implements EquilibriumSolver {
  @Override
  public String method() {
    return "enumpure";
  }

  @Override
  public boolean supports(StrategicGame game) {
    return true;
  }

  @Override
  public List<MixedProfile> solve(StrategicGame g) {
    List<MixedProfile> out = new ArrayList<>();
    boolean[] best = bestResponses(g);
    for (int k = 0; k < g.numProfiles(); k++) {
      if (!best[k]) continue;
      int[] prof = g.profile(k);
      if (isPureEquilibrium(g, prof)) {
        // the deviation check is the verification: StrategicPayoffs.isNash on the mixed form of a
        // pure profile sums over every profile for every strategy (16 billion terms at 2000 x 2000)
        out.add(pure(g, prof));
      }
    }
    return out;
  }

  @Override
  public boolean supports(io.peninsula.game.ExtensiveGame game) {
    return true;
  }

  /**
   * The pure-strategy equilibria of an extensive game, as Gambit's {@code gambit-enumpure} finds
   * them: the pure equilibria of its reduced strategic form ({@link ReducedStrategicForm}; a
   * player's strategies that differ only at information sets its own choices exclude are one
   * strategy), each shown as a behaviour profile with those excluded sets unspecified (all 0). Order:
   * reduced-form profiles with the first player's strategy varying fastest. Each is verified on
   * the reduced form (every pure deviation), and its behaviour profile is checked to pay the same
   * in the tree.
   */
  @Override
  public List<io.peninsula.game.BehaviorProfile> solve(io.peninsula.game.ExtensiveGame g) {
    ReducedStrategicForm rsf = ReducedStrategicForm.of(g);
    List<io.peninsula.game.BehaviorProfile> out = new ArrayList<>();
    for (MixedProfile x : solve(rsf.game())) {
      io.peninsula.game.BehaviorProfile b = rsf.behavior(x);
      // x is verified on the reduced form, whose strategies are all the tree's pure strategies up to
      // payoff equivalence; here only the conversion is checked: the tree pays what the form does
      // (linear in the tree, where a deviation check in the tree is exponential in its sets)
      Rational[] v = ExtensivePayoffs.expected(g, b);
      for (int p = 0; p < v.length; p++)
        if (!v[p].equals(StrategicPayoffs.expected(rsf.game(), x, p)))
          throw new IllegalStateException("enumpure: behaviour of a reduced-form equilibrium pays differently in the tree");
      out.add(b);
    }
    return out;
  }

  /**
   * {@code best[k]} is true when, in profile k, every player's strategy is a best response to the
   * others' strategies. Profile k = Σ_p s_p · stride_p with stride_p the product of the earlier
   * players' strategy counts (first player fastest), so a player's strategies against fixed
   * others are the profiles base + s · stride_p.
   */
  static boolean[] bestResponses(StrategicGame g) {
    int total = g.numProfiles();
    boolean[] best = new boolean[total];
    java.util.Arrays.fill(best, true);
    int stride = 1;
    for (int p = 0; p < g.numPlayers(); p++) {
      int r = g.numStrategies(p);
      int block = stride * r;
      for (int hi = 0; hi < total; hi += block) {
        for (int lo = 0; lo < stride; lo++) {
          int base = hi + lo;
          Rational max = g.payoff(base, p);
          for (int s = 1; s < r; s++) {
            Rational v = g.payoff(base + s * stride, p);
            if (v.compareTo(max) > 0) max = v;
          }
          for (int s = 0; s < r; s++) {
            int k = base + s * stride;
            if (best[k] && g.payoff(k, p).compareTo(max) < 0) best[k] = false;
          }
        }
      }
      stride = block;
    }
    return best;
  }

  static boolean isPureEquilibrium(StrategicGame g, int[] prof) {
    for (int p = 0; p < g.numPlayers(); p++) {
      Rational current = g.payoff(prof, p);
      int[] dev = prof.clone();
      for (int s = 0; s < g.numStrategies(p); s++) {
        if (s == prof[p]) continue;
        dev[p] = s;
        if (g.payoff(dev, p).compareTo(current) > 0) return false;
      }
    }
    return true;
  }

  /** The mixed profile putting probability 1 on each player's strategy in {@code prof}. */
  public static MixedProfile pure(StrategicGame g, int[] prof) {
    List<List<Rational>> probs = new ArrayList<>();
    for (int p = 0; p < g.numPlayers(); p++) {
      List<Rational> row = new ArrayList<>();
      for (int s = 0; s < g.numStrategies(p); s++) row.add(s == prof[p] ? Rational.ONE : Rational.ZERO);
      probs.add(row);
    }
    return new MixedProfile(probs);
  }
}
