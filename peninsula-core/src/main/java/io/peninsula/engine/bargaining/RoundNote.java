package io.peninsula.engine.bargaining;

import java.util.Objects;

/**
 * One explained event of a round: who challenged whom (or proposed to whom) and how the exchange
 * ended. {@code kind} is a short code such as {@code conflict}, {@code compromise},
 * {@code capitulation}, {@code bargain}, {@code exchange}; {@code text} is the sentence shown to a
 * user. {@code issueId} is {@code "*"} for multi-dimensional events.
 */
public record RoundNote(String issueId, int round, String actor, String target, String kind, String text) {
  public RoundNote {
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
