package io.peninsula.engine.security;

import java.util.List;
import java.util.Objects;

/**
 * One step of a game's derivation from a scenario: a named quantity, its value, how it was
 * computed (the formula with the numbers put in) and the ids of the scenario sources the inputs
 * cite ({@code param} for a command-line parameter, {@code param:judgement} for a default that is
 * an analyst's judgement documented in docs/games.md).
 */
public record Derived(String symbol, double value, String formula, List<String> sources) {
  public Derived {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(formula, "formula");
    sources = List.copyOf(sources);
  }

  public static Derived param(String symbol, double value, String meaning, boolean defaulted) {
    return new Derived(symbol, value, meaning, List.of(defaulted ? "param:judgement" : "param"));
  }
}
