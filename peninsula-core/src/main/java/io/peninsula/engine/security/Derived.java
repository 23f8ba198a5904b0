package io.peninsula.engine.security;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a game's derivation from a scenario: a named quantity, its value, how it was
 * computed (the formula with the numbers put in), the ids of the scenario sources the inputs cite,
 * its {@link Basis} (data, an analyst's mapping of data onto the model, a judgement, a value given
 * on the command line, or arithmetic on the others) and, for mappings and judgements, the
 * rationale that {@code game build --explain} prints.
 */
public record Derived(String symbol, double value, String formula, List<String> sources, Basis basis, Optional<String> rationale) {
  /** Where a derived value's authority comes from. */
  public enum Basis {
    /** Read from the scenario's cited data. */
    DATA,
    /** An analyst's mapping of scenario data onto a model quantity (a modelling choice). */
    MAPPING,
    /** A default parameter value that is an analyst's judgement. */
    JUDGEMENT,
    /** A value given on the command line. */
    OPTION,
    /** Arithmetic on the values above. */
    DERIVED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Derived {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(formula, "formula");
    sources = List.copyOf(sources);
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(rationale, "rationale");
    if ((basis == Basis.MAPPING || basis == Basis.JUDGEMENT) && rationale.isEmpty())
      throw new IllegalArgumentException(symbol + ": a " + basis.label() + " needs its rationale");
  }

  /** Data when it cites sources, else arithmetic. */
  public Derived(String symbol, double value, String formula, List<String> sources) {
    this(symbol, value, formula, sources, sources.isEmpty() ? Basis.DERIVED : Basis.DATA, Optional.empty());
  }

  /** An analyst's mapping of the cited data onto a model quantity. */
  public static Derived mapping(String symbol, double value, String formula, List<String> sources, String rationale) {
    return new Derived(symbol, value, formula, sources, Basis.MAPPING, Optional.of(rationale));
  }

  /** A parameter: a judgement when defaulted (with its rationale), else a command-line value. */
  public static Derived param(String symbol, double value, String meaning, boolean defaulted, String rationale) {
    return new Derived(symbol, value, meaning, List.of(), defaulted ? Basis.JUDGEMENT : Basis.OPTION,
        defaulted ? Optional.of(rationale) : Optional.empty());
  }

  /** A parameter described by its spec: a judgement when {@code defaulted}, else a command-line value. */
  public static Derived param(ParamSpec spec, double value, boolean defaulted) {
    return param(spec.symbol(), value, spec.meaning(), defaulted, spec.rationale());
  }
}
