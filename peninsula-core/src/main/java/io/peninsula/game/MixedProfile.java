package io.peninsula.game;

import io.peninsula.error.InvalidInputException;
import java.util.List;

/**
 * A mixed strategy profile of a {@link StrategicGame}: {@code probabilities.get(p).get(s)} is the
 * probability player p plays strategy s. Each player's probabilities are non-negative and sum to 1.
 */
public record MixedProfile(List<List<Rational>> probabilities) {
  public MixedProfile {
    probabilities = probabilities.stream().map(List::copyOf).toList();
    for (int p = 0; p < probabilities.size(); p++) {
      Rational sum = Rational.ZERO;
      for (Rational x : probabilities.get(p)) {
        if (x.signum() < 0) throw new InvalidInputException("player " + (p + 1) + " has negative probability " + x);
        sum = sum.add(x);
      }
      if (!sum.equals(Rational.ONE)) throw new InvalidInputException("player " + (p + 1) + "'s probabilities sum to " + sum);
    }
  }

  public Rational probability(int player, int strategy) {
    return probabilities.get(player).get(strategy);
  }
}
