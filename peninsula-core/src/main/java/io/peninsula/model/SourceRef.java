package io.peninsula.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a number comes from: the id of a {@link Source} declared in the scenario, plus a quote of
 * the sentence it rests on and/or a note. {@code judgement} marks values that are an analyst's
 * reading (a position on a 0–100 scale, a salience) rather than a measured figure; {@code proxy}
 * marks a quote that supports the value only indirectly (it speaks of another actor, issue or
 * date), with the reasoning in the note.
 */
public record SourceRef(String sourceId, Optional<String> quote, Optional<String> note, boolean judgement, boolean proxy) {
  public SourceRef {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(note, "note");
  }

  /** A reference that is not a proxy. */
  public SourceRef(String sourceId, Optional<String> quote, Optional<String> note, boolean judgement) {
    this(sourceId, quote, note, judgement, false);
  }

  public static SourceRef of(String sourceId) {
    return new SourceRef(sourceId, Optional.empty(), Optional.empty(), false);
  }

  public static SourceRef quoted(String sourceId, String quote) {
    return new SourceRef(sourceId, Optional.of(quote), Optional.empty(), false);
  }

  public static SourceRef judgement(String sourceId, String note) {
    return new SourceRef(sourceId, Optional.empty(), Optional.of(note), true);
  }
}
