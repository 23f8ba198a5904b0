package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The encoded strategic landscape: actors, issues, each actor's position and salience per issue,
 * relations between actors, declared policy options, and the sources every number cites.
 *
 * <p>Immutable. The compact constructor checks referential integrity (every position names a
 * known actor and issue, no duplicate ids); richer, located validation of files happens in the
 * formats adapter before a Scenario is built. {@link Roles} assigns the security games' roles;
 * {@code events} are the events of {@code peninsula simulate}. An actor may have no position on an issue: it is
 * then absent from that issue (as in the DEU data).
 */
public record Scenario(
    Metadata metadata,
    List<Source> sources,
    List<Actor> actors,
    List<Issue> issues,
    List<Position> positions,
    List<Relation> relations,
    List<PolicyOption> options,
    List<ScenarioEvent> events,
    Roles roles) {

  public Scenario {
    Objects.requireNonNull(metadata, "metadata");
    sources = List.copyOf(sources);
    actors = List.copyOf(actors);
    issues = List.copyOf(issues);
    positions = List.copyOf(positions);
    relations = List.copyOf(relations);
    options = List.copyOf(options);
    events = List.copyOf(events);
    Objects.requireNonNull(roles, "roles");
    var actorIds = new java.util.HashSet<String>();
    for (Actor a : actors) if (!actorIds.add(a.id())) throw new InvalidInputException("duplicate actor id " + a.id());
    var issueIds = new java.util.HashSet<String>();
    for (Issue i : issues) if (!issueIds.add(i.id())) throw new InvalidInputException("duplicate issue id " + i.id());
    var pairs = new java.util.HashSet<java.util.List<String>>();
    for (Position p : positions) {
      if (!actorIds.contains(p.actorId())) throw new InvalidInputException("position names unknown actor " + p.actorId());
      if (!issueIds.contains(p.issueId())) throw new InvalidInputException("position names unknown issue " + p.issueId());
      if (!pairs.add(java.util.List.of(p.actorId(), p.issueId())))
        throw new InvalidInputException("two positions for " + p.actorId() + " on " + p.issueId());
    }
    for (Issue i : issues)
      for (String a : i.decision().map(DecisionRule::actors).orElse(List.of())) {
        if (!actorIds.contains(a)) throw new InvalidInputException("issue " + i.id() + ": decision rule names unknown actor " + a);
        if (!pairs.contains(List.of(a, i.id())))
          throw new InvalidInputException("issue " + i.id() + ": decision rule names " + a + ", who holds no position on it");
      }
  }

  /** A scenario without events or a {@code roles:} section. */
  public Scenario(Metadata metadata, List<Source> sources, List<Actor> actors, List<Issue> issues,
      List<Position> positions, List<Relation> relations, List<PolicyOption> options) {
    this(metadata, sources, actors, issues, positions, relations, options, List.of(), Roles.NONE);
  }

  /** This scenario with its security-game roles replaced. */
  public Scenario withRoles(Roles newRoles) {
    return new Scenario(metadata, sources, actors, issues, positions, relations, options, events, newRoles);
  }

  /** This scenario with {@code newEvents} as its events (docs/dynamics.md). */
  public Scenario withEvents(List<ScenarioEvent> newEvents) {
    return new Scenario(metadata, sources, actors, issues, positions, relations, options, newEvents, roles);
  }

  /** Edits rebuild scenarios without events in places; an edited scenario keeps this one's events. */
  private Scenario keepEvents(Scenario edited) {
    return edited.events == events ? edited : edited.withEvents(events);
  }

  /** A scenario with only actors, issues and positions (imports, tests). */
  public static Scenario of(String id, List<Actor> actors, List<Issue> issues, List<Position> positions) {
    return new Scenario(Metadata.of(id), List.of(), actors, issues, positions, List.of(), List.of());
  }

  public Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<Issue> issue(String id) {
    return issues.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Position> position(String actorId, String issueId) {
    return positions.stream().filter(p -> p.actorId().equals(actorId) && p.issueId().equals(issueId)).findFirst();
  }

  public Optional<PolicyOption> option(String id) {
    return options.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** Positions on one issue, in actor order; actors without a position are skipped. */
  public List<Position> positionsOn(String issueId) {
    Map<String, Position> byActor = new java.util.HashMap<>();
    for (Position p : positions) if (p.issueId().equals(issueId)) byActor.put(p.actorId(), p);
    List<Position> out = new ArrayList<>(byActor.size());
    for (Actor a : actors) {
      Position p = byActor.get(a.id());
      if (p != null) out.add(p);
    }
    return out;
  }

  public Scenario withActors(List<Actor> newActors) {
    return new Scenario(metadata, sources, newActors, issues, positions, relations, options, events, roles);
  }

  public Scenario withPositions(List<Position> newPositions) {
    return new Scenario(metadata, sources, actors, issues, newPositions, relations, options, events, roles);
  }

  public Scenario withIssues(List<Issue> newIssues) {
    List<String> keep = newIssues.stream().map(Issue::id).toList();
    return new Scenario(
        metadata, sources, actors, newIssues,
        positions.stream().filter(p -> keep.contains(p.issueId())).toList(), relations, options, events, roles);
  }

  /**
   * The counterfactual scenario under a policy option: its edits applied in order. Throws
   * {@link InvalidInputException} naming the edit when it refers to an unknown actor, issue or
   * relation, or sets a value out of range.
   */
  public Scenario apply(PolicyOption option) {
    return keepEvents(ScenarioEdits.applyAll(this, option));
  }

  /** This scenario with one edit applied. */
  public Scenario apply(ScenarioEdit edit) {
    return keepEvents(ScenarioEdits.apply(this, edit));
  }

}
