package io.peninsula.engine.equilibrium;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;

/**
 * Exact expected payoffs and the Nash check for mixed profiles of strategic games. Cost: one pass
 * over all profiles per call (fine for the games we verify; solvers use their own fast paths and
 * call {@link #isNash} once per candidate).
 */
public final class StrategicPayoffs {
  private StrategicPayoffs() {}

  /** Expected payoff of {@code player} under the profile. */
  public static Rational expected(StrategicGame g, MixedProfile x, int player) {
    Rational total = Rational.ZERO;
    for (int k = 0; k < g.numProfiles(); k++) {
      int[] prof = g.profile(k);
      Rational pr = Rational.ONE;
      for (int p = 0; p < g.numPlayers() && pr.signum() != 0; p++) pr = pr.multiply(x.probability(p, prof[p]));
      if (pr.signum() != 0) total = total.add(pr.multiply(g.payoff(k, player)));
    }
    return total;
  }

  /** Expected payoff of {@code player} playing pure {@code strategy} while the others play x. */
  public static Rational pureAgainst(StrategicGame g, MixedProfile x, int player, int strategy) {
    Rational total = Rational.ZERO;
    for (int k = 0; k < g.numProfiles(); k++) {
      int[] prof = g.profile(k);
      if (prof[player] != strategy) continue;
      Rational pr = Rational.ONE;
      for (int p = 0; p < g.numPlayers() && pr.signum() != 0; p++) if (p != player) pr = pr.multiply(x.probability(p, prof[p]));
      if (pr.signum() != 0) total = total.add(pr.multiply(g.payoff(k, player)));
    }
    return total;
  }

  /** The largest gain any player gets by deviating to a pure strategy (0 at a Nash equilibrium). */
  public static Rational maxRegret(StrategicGame g, MixedProfile x) {
    Rational worst = Rational.ZERO;
    for (int p = 0; p < g.numPlayers(); p++) {
      Rational best = null;
      Rational current = Rational.ZERO;
      for (int s = 0; s < g.numStrategies(p); s++) {
        Rational v = pureAgainst(g, x, p, s);
        best = best == null ? v : best.max(v);
        current = current.add(x.probability(p, s).multiply(v));
      }
      worst = worst.max(best.subtract(current));
    }
    return worst;
  }

  /** True when no player gains by deviating (checked exactly). */
  public static boolean isNash(StrategicGame g, MixedProfile x) {
    return maxRegret(g, x).signum() == 0;
  }
}
