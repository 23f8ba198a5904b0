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

  /**
   * Two random states a and b (capabilities in (0.1, 1.1), a nuclear with probability 1/2) on issues i0..i(n−1) of 0–100,
   * with random positions and saliences in (0.05, 1).
   */
  static Scenario random(java.util.SplittableRandom rnd, String a, String b, int n) {
    Tiny t = new Tiny();
    if (rnd.nextBoolean()) t.nuclearActor(a, 0.1 + rnd.nextDouble(), 30);
    else t.actor(a, 0.1 + rnd.nextDouble());
    if (rnd.nextBoolean()) t.nuclearActor(b, 0.1 + rnd.nextDouble(), 300);
    else t.actor(b, 0.1 + rnd.nextDouble());
    for (int k = 0; k < n; k++) {
      double xa = Math.rint(100 * rnd.nextDouble());
      double xb = Math.rint(100 * rnd.nextDouble());
      t.position(a, "i" + k, xa, 0.05 + 0.95 * rnd.nextDouble());
      t.position(b, "i" + k, xb == xa ? (xa < 100 ? xa + 1 : xa - 1) : xb, 0.05 + 0.95 * rnd.nextDouble());
    }
    Scenario s = t.build();
    return s.withRoles(new io.peninsula.model.Roles(s.issues().stream().map(io.peninsula.model.Issue::id).toList(),
        Optional.of(SourceRef.of("tiny")), java.util.Map.of()));
  }

  Scenario build() {
    return new Scenario(Metadata.of("tiny"), List.of(), actors, issues, positions, relations, List.of());
  }
}
