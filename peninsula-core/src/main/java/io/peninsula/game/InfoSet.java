package io.peninsula.game;

import io.peninsula.error.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * An information set: the nodes its player cannot tell apart, sharing one list of actions.
 * {@code player} is 0-based, or {@link ExtensiveGame#CHANCE} for chance, whose information sets
 * carry one probability per action (summing to 1); other players' carry none.
 * {@code index} is the 0-based position of this set among its player's sets (Gambit numbers them
 * from 1).
 */
public record InfoSet(int player, int index, String label, List<String> actions, List<Rational> probabilities) {
  public InfoSet {
    Objects.requireNonNull(label, "label");
    actions = List.copyOf(actions);
    probabilities = List.copyOf(probabilities);
    if (actions.isEmpty()) throw new InvalidInputException("an information set needs at least one action");
    if (player == ExtensiveGame.CHANCE) {
      if (probabilities.size() != actions.size())
        throw new InvalidInputException("chance set " + label + ": " + probabilities.size() + " probabilities for " + actions.size() + " actions");
      Rational sum = Rational.ZERO;
      for (Rational p : probabilities) {
        if (p.signum() < 0) throw new InvalidInputException("chance set " + label + ": negative probability " + p);
        sum = sum.add(p);
      }
      if (!sum.equals(Rational.ONE)) throw new InvalidInputException("chance set " + label + ": probabilities sum to " + sum + ", not 1");
    } else if (!probabilities.isEmpty()) {
      throw new InvalidInputException("only chance information sets carry probabilities");
    }
  }

  public int numActions() {
    return actions.size();
  }
}
