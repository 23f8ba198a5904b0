package io.peninsula.engine.security;

import io.peninsula.error.InvalidInputException;
import java.util.List;
import java.util.Objects;

/** A named choice of a security game (for example the deterrence variant), its option, values and default. */
public record ChoiceSpec(String name, String option, List<String> values, String defaultValue, String meaning) {
  public ChoiceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(option, "option");
    values = List.copyOf(values);
    if (!values.contains(defaultValue)) throw new IllegalArgumentException(name + ": default " + defaultValue + " is not a value");
    Objects.requireNonNull(meaning, "meaning");
  }

  public String value(GameInputs in) {
    String v = in.choice(name).orElse(defaultValue);
    if (!values.contains(v)) throw new InvalidInputException("unknown " + option + " \"" + v + "\" (allowed: " + String.join(", ", values) + ")");
    return v;
  }
}
