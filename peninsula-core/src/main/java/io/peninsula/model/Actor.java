package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A player: a state, a domestic faction or an institution (e.g. US Congress). {@code capability}
 * is the actor's relative power resource used by the bargaining models (any positive scale; models
 * normalise); {@code parent} names the state a faction or institution belongs to.
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    Optional<String> parent,
    double capability,
    SourceRef capabilitySource,
    Optional<Uncertainty> capabilityUncertainty,
    List<CapabilityIndicator> indicators) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(capabilitySource, "capabilitySource");
    Objects.requireNonNull(capabilityUncertainty, "capabilityUncertainty");
    if (!(capability >= 0) || Double.isInfinite(capability))
      throw new InvalidInputException("actor " + id + ": capability must be a finite number >= 0, got " + capability);
    indicators = List.copyOf(indicators);
  }

  /** An actor with no parent, no indicators and no uncertainty; handy for imports and tests. */
  public static Actor simple(String id, double capability, SourceRef source) {
    return new Actor(id, id, ActorKind.STATE, Optional.empty(), capability, source, Optional.empty(), List.of());
  }

  public Actor withCapability(double newCapability) {
    return new Actor(id, name, kind, parent, newCapability, capabilitySource, capabilityUncertainty, indicators);
  }
}
