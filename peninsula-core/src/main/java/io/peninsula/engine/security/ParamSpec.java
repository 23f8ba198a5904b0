package io.peninsula.engine.security;

import io.peninsula.error.InvalidInputException;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A numeric parameter of a security game: its name (the key in {@link GameInputs}), the symbol
 * used in the formulas and docs/games.md, the command-line option that sets it, the default (empty
 * when the default is derived from the scenario), the documented range that {@code --robustness}
 * sweeps, whether it takes whole numbers, what it means and why the default is what it is.
 */
public record ParamSpec(String name, String symbol, String option, OptionalDouble defaultValue, double low, double high,
    boolean integer, String meaning, String rationale) {
  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(rationale, "rationale");
    if (!(low <= high)) throw new IllegalArgumentException(name + ": range [" + low + ", " + high + "] is empty");
    if (defaultValue.isPresent() && !(defaultValue.getAsDouble() >= low && defaultValue.getAsDouble() <= high))
      throw new IllegalArgumentException(name + ": default " + defaultValue.getAsDouble() + " outside [" + low + ", " + high + "]");
  }

  public static ParamSpec real(String name, String symbol, String option, double def, double low, double high, String meaning,
      String rationale) {
    return new ParamSpec(name, symbol, option, OptionalDouble.of(def), low, high, false, meaning, rationale);
  }

  /** The value in {@code in}, checked against the range, or the default. */
  public double value(GameInputs in) {
    OptionalDouble v = in.param(name);
    if (v.isEmpty()) return defaultValue.orElseThrow(() -> new IllegalStateException(name + " has no default"));
    check(v.getAsDouble());
    return v.getAsDouble();
  }

  public void check(double v) {
    if (!(v >= low && v <= high) || !Double.isFinite(v))
      throw new InvalidInputException(option + " " + ScenarioValues.num(v) + ": " + meaning + " must be in [" + ScenarioValues.num(low)
          + ", " + ScenarioValues.num(high) + "]");
    if (integer && v != Math.rint(v)) throw new InvalidInputException(option + " " + v + ": must be a whole number");
  }

  public boolean defaulted(GameInputs in) {
    return in.param(name).isEmpty();
  }
}
