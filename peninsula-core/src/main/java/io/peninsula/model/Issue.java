package io.peninsula.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A policy dimension in dispute, with a numeric scale [min, max] and labelled anchor points
 * (sorted by value).
 */
public record Issue(String id, String title, double min, double max, List<ScaleAnchor> anchors) {
  public Issue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (!(min < max)) throw new IllegalArgumentException("issue " + id + ": scale min " + min + " must be < max " + max);
    anchors = anchors.stream().sorted(Comparator.comparingDouble(ScaleAnchor::value)).toList();
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
