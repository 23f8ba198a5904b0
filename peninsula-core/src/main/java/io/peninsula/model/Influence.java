package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.Objects;

/**
 * An actor's influence on one issue, replacing its global {@link Actor#capability() capability} on
 * that issue for every bargaining model (same units as capability). Used where an actor's
 * institutional say on an issue differs from its national power (docs/scenarios.md states the
 * rule the bundled scenarios follow).
 */
public record Influence(double value, SourceRef source) {
  public Influence {
    Objects.requireNonNull(source, "source");
    if (!(value >= 0) || Double.isInfinite(value))
      throw new InvalidInputException("influence must be a finite number >= 0, got " + value);
  }
}
