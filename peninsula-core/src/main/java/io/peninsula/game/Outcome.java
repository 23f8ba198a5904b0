package io.peninsula.game;

import io.peninsula.error.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * A labelled payoff vector, one entry per player, attached to profiles of a strategic game or to
 * nodes of an extensive game. {@code number} is the outcome's 1-based index in its game (Gambit
 * numbering; 0 is reserved for the null outcome and never used here).
 */
public record Outcome(int number, String label, List<Rational> payoffs) {
  public Outcome {
    Objects.requireNonNull(label, "label");
    if (number < 1) throw new InvalidInputException("outcome number must be >= 1, got " + number);
    payoffs = List.copyOf(payoffs);
  }

  public Rational payoff(int player) {
    return payoffs.get(player);
  }
}
