package io.peninsula.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor's stated position on an issue (in the issue's scale units) and the salience it
 * attaches to the issue (0–1: the share of its attention). Uncertainty ranges are optional.
 */
public record Position(
    String actorId,
    String issueId,
    double position,
    double salience,
    SourceRef source,
    Optional<SourceRef> salienceSource,
    Optional<Uncertainty> positionUncertainty,
    Optional<Uncertainty> salienceUncertainty) {
  public Position {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(salienceSource, "salienceSource");
    Objects.requireNonNull(positionUncertainty, "positionUncertainty");
    Objects.requireNonNull(salienceUncertainty, "salienceUncertainty");
    if (!Double.isFinite(position)) throw new IllegalArgumentException(actorId + "/" + issueId + ": position must be finite");
    if (!(salience >= 0 && salience <= 1))
      throw new IllegalArgumentException(actorId + "/" + issueId + ": salience must be in [0, 1], got " + salience);
  }

  public static Position of(String actorId, String issueId, double position, double salience, SourceRef source) {
    return new Position(actorId, issueId, position, salience, source, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Position withPosition(double p) {
    return new Position(actorId, issueId, p, salience, source, salienceSource, positionUncertainty, salienceUncertainty);
  }

  public Position withSalience(double s) {
    return new Position(actorId, issueId, position, s, source, salienceSource, positionUncertainty, salienceUncertainty);
  }
}
