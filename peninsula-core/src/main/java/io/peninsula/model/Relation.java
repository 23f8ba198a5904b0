package io.peninsula.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A treaty relation between two actors (symmetric), with the year it took effect and an optional
 * affinity in [-1, 1] (how close the two are beyond the treaty text).
 */
public record Relation(
    String id, RelationType type, String a, String b, OptionalInt since, OptionalDouble affinity, SourceRef source) {
  public Relation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(affinity, "affinity");
    Objects.requireNonNull(source, "source");
  }

  public boolean involves(String actorId) {
    return a.equals(actorId) || b.equals(actorId);
  }

  public Optional<String> partnerOf(String actorId) {
    if (a.equals(actorId)) return Optional.of(b);
    if (b.equals(actorId)) return Optional.of(a);
    return Optional.empty();
  }
}
