package io.peninsula.engine.security;

import io.peninsula.game.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A payoff of a built game: which player, in which outcome, the exact value written into the game
 * (the formula's value rounded half-even to {@link #DECIMALS} decimals, so the .nfg/.efg file,
 * the solver and the classification all use the same number) and the formula with its numbers.
 */
public record Payoff(String player, String outcome, Rational value, String formula) {
  /** Decimals kept in game payoffs. */
  public static final int DECIMALS = 4;

  public Payoff {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(formula, "formula");
  }

  public static Payoff of(String player, String outcome, double v, String formula) {
    return new Payoff(player, outcome, exact(v), formula);
  }

  /** v rounded half-even to {@link #DECIMALS} decimals, as an exact rational. */
  public static Rational exact(double v) {
    if (!Double.isFinite(v)) throw new IllegalArgumentException("payoff is not a finite number: " + v);
    return Rational.of(BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN));
  }

  static List<Rational> values(Payoff... ps) {
    return java.util.Arrays.stream(ps).map(Payoff::value).toList();
  }
}
