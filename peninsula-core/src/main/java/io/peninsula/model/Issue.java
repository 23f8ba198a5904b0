package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy dimension in dispute, with a numeric scale [min, max] and labelled anchor points
 * (sorted by value), and optionally the status quo on the scenario's date and the decision rule
 * that says who must consent to move it (docs/models/veto.md).
 */
public record Issue(
    String id, String title, double min, double max, List<ScaleAnchor> anchors,
    Optional<StatusQuo> statusQuo, Optional<DecisionRule> decision) {
  public Issue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(statusQuo, "statusQuo");
    Objects.requireNonNull(decision, "decision");
    if (!(min < max)) throw new InvalidInputException("issue " + id + ": scale min " + min + " must be < max " + max);
    anchors = anchors.stream().sorted(Comparator.comparingDouble(ScaleAnchor::value)).toList();
    if (statusQuo.isPresent() && (statusQuo.get().value() < min || statusQuo.get().value() > max))
      throw new InvalidInputException("issue " + id + ": status quo " + statusQuo.get().value() + " is off the scale [" + min + ", " + max + "]");
  }

  /** An issue without status quo or decision rule. */
  public Issue(String id, String title, double min, double max, List<ScaleAnchor> anchors) {
    this(id, title, min, max, anchors, Optional.empty(), Optional.empty());
  }

  public Issue withStatusQuo(Optional<StatusQuo> sq) {
    return new Issue(id, title, min, max, anchors, sq, decision);
  }

  public Issue withDecision(Optional<DecisionRule> rule) {
    return new Issue(id, title, min, max, anchors, statusQuo, rule);
  }

  /** True when the issue declares a status quo and a rule that can block change: the veto constraint applies. */
  public boolean vetoConstrained() {
    return statusQuo.isPresent() && decision.isPresent() && decision.get().constrains();
  }

  public static Issue unlabelled(String id, double min, double max) {
    return new Issue(id, id, min, max, List.of());
  }

  /**
   * The meaning of a value on this scale: the label of the nearest anchor, prefixed with "≈" when
   * the value is not on the anchor, or "between A and B" when it lies about midway between two.
   * Anchors with a blank label carry no meaning and are passed over; with none left the meaning is
   * empty.
   */
  public String describe(double value) {
    ScaleAnchor below = null;
    ScaleAnchor above = null;
    for (ScaleAnchor a : anchors) {
      if (a.label().isBlank()) continue;
      if (a.value() <= value) below = a;
      if (a.value() >= value && above == null) above = a;
    }
    if (below == null && above == null) return "";
    if (below == null) return above.label();
    if (above == null) return below.label();
    if (below == above || below.value() == above.value()) return below.label();
    double span = above.value() - below.value();
    double t = (value - below.value()) / span;
    if (t < 0.25) return below.label();
    if (t > 0.75) return above.label();
    return "between \"" + below.label() + "\" and \"" + above.label() + "\"";
  }

  public double range() {
    return max - min;
  }
}
