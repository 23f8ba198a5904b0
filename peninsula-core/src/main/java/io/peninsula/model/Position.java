package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor's stated position on an issue (in the issue's scale units) and the salience it
 * attaches to the issue (0–1: the share of its attention). Uncertainty ranges are optional.
 * {@code influence}, when present, replaces the actor's capability on this issue for every model.
 */
public record Position(
    String actorId,
    String issueId,
    double position,
    double salience,
    SourceRef source,
    Optional<SourceRef> salienceSource,
    Optional<Uncertainty> positionUncertainty,
    Optional<Uncertainty> salienceUncertainty,
    Optional<Influence> influence) {
  public Position {
    Objects.requireNonNull(influence, "influence");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(salienceSource, "salienceSource");
    Objects.requireNonNull(positionUncertainty, "positionUncertainty");
    Objects.requireNonNull(salienceUncertainty, "salienceUncertainty");
    if (!Double.isFinite(position)) throw new InvalidInputException(actorId + "/" + issueId + ": position must be finite");
    if (!(salience >= 0 && salience <= 1))
      throw new InvalidInputException(actorId + "/" + issueId + ": salience must be in [0, 1], got " + salience);
  }

  /** A position without issue-specific influence. */
  public Position(String actorId, String issueId, double position, double salience, SourceRef source,
      Optional<SourceRef> salienceSource, Optional<Uncertainty> positionUncertainty, Optional<Uncertainty> salienceUncertainty) {
    this(actorId, issueId, position, salience, source, salienceSource, positionUncertainty, salienceUncertainty, Optional.empty());
  }

  public static Position of(String actorId, String issueId, double position, double salience, SourceRef source) {
    return new Position(actorId, issueId, position, salience, source, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Position withPosition(double p) {
    return new Position(actorId, issueId, p, salience, source, salienceSource, positionUncertainty, salienceUncertainty, influence);
  }

  public Position withInfluence(Optional<Influence> i) {
    return new Position(actorId, issueId, position, salience, source, salienceSource, positionUncertainty, salienceUncertainty, i);
  }

  /** The weight this actor brings to this issue: its influence here when declared, else its capability. */
  public double capabilityOn(Actor actor) {
    return influence.isPresent() ? influence.get().value() : actor.capability();
  }

  public Position withSalience(double s) {
    return new Position(actorId, issueId, position, s, source, salienceSource, positionUncertainty, salienceUncertainty, influence);
  }
}
