package io.peninsula.game;

import io.peninsula.error.InvalidInputException;
import java.util.List;

/**
 * A behaviour strategy profile of an {@link ExtensiveGame}: {@code probabilities.get(p).get(i).get(a)}
 * is the probability player p takes action a at its information set i. Each information set's
 * probabilities are non-negative and sum to 1 — or are all 0, meaning "unspecified": the set is one
 * the player's own strategy never reaches, so no action there is chosen (Gambit prints reduced
 * strategies this way; see {@link ReducedStrategicForm#behavior}). Payoff computations reject a
 * profile that reaches an unspecified set with positive probability.
 */
public record BehaviorProfile(List<List<List<Rational>>> probabilities) {
  public BehaviorProfile {
    probabilities = probabilities.stream().map(pl -> pl.stream().map(List::copyOf).toList()).toList();
    for (int p = 0; p < probabilities.size(); p++)
      for (int i = 0; i < probabilities.get(p).size(); i++) {
        Rational sum = Rational.ZERO;
        for (Rational x : probabilities.get(p).get(i)) {
          if (x.signum() < 0) throw new InvalidInputException("negative probability " + x);
          sum = sum.add(x);
        }
        if (!sum.equals(Rational.ONE) && sum.signum() != 0)
          throw new InvalidInputException("player " + (p + 1) + ", information set " + (i + 1) + ": probabilities sum to " + sum);
      }
  }

  /** True when the information set's probabilities are all 0 (unspecified, see the class doc). */
  public boolean isUnspecified(int player, int infoSet) {
    return probabilities.get(player).get(infoSet).stream().allMatch(x -> x.signum() == 0);
  }

  public Rational probability(int player, int infoSet, int action) {
    return probabilities.get(player).get(infoSet).get(action);
  }
}
