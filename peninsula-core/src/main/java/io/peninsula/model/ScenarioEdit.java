package io.peninsula.model;

import java.util.Objects;

/**
 * One change a {@link PolicyOption} makes to a scenario. Applying an edit never mutates the
 * scenario; {@link Scenario#apply(PolicyOption)} returns a new one.
 */
public sealed interface ScenarioEdit {
  /**
   * The issues whose positions or saliences this edit changes: one issue for position and
   * salience edits, none for relation edits, and empty (meaning "possibly all") for edits of
   * capabilities or of the actor set, which weigh on every issue.
   */
  default java.util.Optional<java.util.Set<String>> issuesTouched() {
    if (this instanceof SetPosition e) return java.util.Optional.of(java.util.Set.of(e.issue()));
    if (this instanceof ShiftPosition e) return java.util.Optional.of(java.util.Set.of(e.issue()));
    if (this instanceof SetSalience e) return java.util.Optional.of(java.util.Set.of(e.issue()));
    if (this instanceof SetStatusQuo e) return java.util.Optional.of(java.util.Set.of(e.issue()));
    if (this instanceof ShiftStatusQuo e) return java.util.Optional.of(java.util.Set.of(e.issue()));
    if (this instanceof AddRelation || this instanceof RemoveRelation) return java.util.Optional.of(java.util.Set.of());
    return java.util.Optional.empty();
  }

  /** Set actor's position on an issue to {@code value}. */
  record SetPosition(String actor, String issue, double value) implements ScenarioEdit {}

  /** Move actor's position on an issue by {@code delta} (clamped to the issue's scale). */
  record ShiftPosition(String actor, String issue, double delta) implements ScenarioEdit {}

  /** Set actor's salience on an issue to {@code value} in [0, 1]. */
  record SetSalience(String actor, String issue, double value) implements ScenarioEdit {}

  /**
   * Move the issue's status quo to {@code value} (on its scale). On an issue that declares none,
   * this creates one, marked as set by an edit.
   */
  record SetStatusQuo(String issue, double value) implements ScenarioEdit {}

  /** Move the issue's status quo by {@code delta} (clamped to the scale); the issue must declare one. */
  record ShiftStatusQuo(String issue, double delta) implements ScenarioEdit {}

  /** Set actor's capability to {@code value}. */
  record SetCapability(String actor, double value) implements ScenarioEdit {}

  /** Multiply actor's capability by {@code factor} (e.g. 0.5 halves it). */
  record ScaleCapability(String actor, double factor) implements ScenarioEdit {}

  /** Add a relation. */
  record AddRelation(Relation relation) implements ScenarioEdit {
    public AddRelation {
      Objects.requireNonNull(relation, "relation");
    }
  }

  /** Remove the relation with this id. */
  record RemoveRelation(String relationId) implements ScenarioEdit {}

  /** Add an actor together with its positions. */
  record AddActor(Actor actor, java.util.List<Position> positions) implements ScenarioEdit {
    public AddActor {
      Objects.requireNonNull(actor, "actor");
      positions = java.util.List.copyOf(positions);
    }
  }

  /** Remove an actor, its positions and its relations. */
  record RemoveActor(String actor) implements ScenarioEdit {}
}
