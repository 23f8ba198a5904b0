package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Who must consent to move an issue's status quo (Tsebelis 2002, <i>Veto Players</i>, ch. 1–2).
 *
 * <ul>
 *   <li>{@link Kind#UNANIMITY}: every actor in {@code vetoPlayers} must prefer the change;
 *   <li>{@link Kind#QUALIFIED_MAJORITY}: a coalition of the actors in {@code weights} whose weight
 *       reaches {@code threshold} × the total weight must prefer it, and every actor in
 *       {@code vetoPlayers} (possibly none) too — e.g. the EU Council under QMV plus the European
 *       Parliament under co-decision;
 *   <li>{@link Kind#NONE}: no institutional constraint is declared (models run unconstrained).
 * </ul>
 *
 * The source should be an institutional fact: a treaty article, a statute, a ratification rule.
 */
public record DecisionRule(Kind kind, List<String> vetoPlayers, Map<String, Double> weights, double threshold, SourceRef source) {
  /** The rule's kind, written in files in lower case ({@code unanimity}, ...). */
  public enum Kind {
    UNANIMITY,
    QUALIFIED_MAJORITY,
    NONE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DecisionRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    vetoPlayers = List.copyOf(vetoPlayers);
    weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    if (vetoPlayers.stream().distinct().count() != vetoPlayers.size())
      throw new InvalidInputException("decision rule: a veto player is listed twice: " + vetoPlayers);
    if (!(threshold >= 0 && threshold <= 1)) throw new InvalidInputException("decision rule: threshold must be in [0, 1], got " + threshold);
    for (var e : weights.entrySet())
      if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue()))
        throw new InvalidInputException("decision rule: weight of " + e.getKey() + " must be a finite number >= 0, got " + e.getValue());
    switch (kind) {
      case UNANIMITY -> {
        if (vetoPlayers.isEmpty()) throw new InvalidInputException("decision rule unanimity needs at least one veto player");
        if (!weights.isEmpty()) throw new InvalidInputException("decision rule unanimity takes no weights");
      }
      case QUALIFIED_MAJORITY -> {
        if (weights.isEmpty()) throw new InvalidInputException("decision rule qualified_majority needs weights");
        if (!(weights.values().stream().mapToDouble(Double::doubleValue).sum() > 0))
          throw new InvalidInputException("decision rule qualified_majority needs a positive total weight");
      }
      case NONE -> {
        if (!vetoPlayers.isEmpty() || !weights.isEmpty())
          throw new InvalidInputException("decision rule none takes no veto players or weights");
      }
    }
  }

  public static DecisionRule unanimity(List<String> vetoPlayers, SourceRef source) {
    return new DecisionRule(Kind.UNANIMITY, vetoPlayers, Map.of(), 1, source);
  }

  public static DecisionRule qualifiedMajority(Map<String, Double> weights, double threshold, List<String> vetoPlayers, SourceRef source) {
    return new DecisionRule(Kind.QUALIFIED_MAJORITY, vetoPlayers, weights, threshold, source);
  }

  /** True when the rule can block a change (unanimity or qualified majority). */
  public boolean constrains() {
    return kind != Kind.NONE;
  }

  /**
   * The rule once {@code actor} has left the game (an option's remove_actor): it is dropped from
   * the veto players and the weights; empty when nobody is left who could block a change.
   */
  public java.util.Optional<DecisionRule> without(String actor) {
    if (!actors().contains(actor)) return java.util.Optional.of(this);
    List<String> vp = vetoPlayers.stream().filter(a -> !a.equals(actor)).toList();
    Map<String, Double> w = new LinkedHashMap<>(weights);
    w.remove(actor);
    boolean empty = switch (kind) {
      case UNANIMITY -> vp.isEmpty();
      case QUALIFIED_MAJORITY -> w.values().stream().mapToDouble(Double::doubleValue).sum() <= 0;
      case NONE -> false;
    };
    return empty ? java.util.Optional.empty() : java.util.Optional.of(new DecisionRule(kind, vp, w, threshold, source));
  }

  /** Every actor the rule names (veto players, then weighted members not already listed). */
  public List<String> actors() {
    var out = new java.util.LinkedHashSet<>(vetoPlayers);
    out.addAll(weights.keySet());
    return List.copyOf(out);
  }
}
