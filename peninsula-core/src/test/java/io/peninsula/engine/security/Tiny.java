package io.peninsula.engine.security;

import io.peninsula.model.Actor;
import io.peninsula.model.ActorKind;
import io.peninsula.model.CapabilityIndicator;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.Position;
import io.peninsula.model.Relation;
import io.peninsula.model.RelationType;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Small hand-checkable scenarios: two actors on 0–100 issues. */
final class Tiny {
  private final List<Actor> actors = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();
  private final List<Position> positions = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();

  Tiny actor(String id, double capability) {
    actors.add(Actor.simple(id, capability, SourceRef.of("cap-" + id)));
    return this;
  }

  Tiny nuclearActor(String id, double capability, double warheads) {
    actors.add(new Actor(id, id, ActorKind.STATE, Optional.empty(), capability, SourceRef.of("cap-" + id), Optional.empty(),
        List.of(new CapabilityIndicator(2020, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(warheads),
            SourceRef.of("fas")))));
    return this;
  }

  Tiny faction(String id, String parent, double capability) {
    actors.add(new Actor(id, id, ActorKind.FACTION, Optional.of(parent), capability, SourceRef.of("cap-" + id), Optional.empty(), List.of()));
    return this;
  }

  Tiny position(String actor, String issue, double x, double salience) {
    if (issues.stream().noneMatch(i -> i.id().equals(issue))) issues.add(Issue.unlabelled(issue, 0, 100));
    positions.add(Position.of(actor, issue, x, salience, SourceRef.of("pos-" + actor)));
    return this;
  }

  Tiny defence(String id, String a, String b) {
    relations.add(new Relation(id, RelationType.DEFENSE, a, b, OptionalInt.of(1953), OptionalDouble.empty(), SourceRef.of("atop")));
    return this;
  }

  Scenario build() {
    return new Scenario(Metadata.of("tiny"), List.of(), actors, issues, positions, relations, List.of());
  }
}
