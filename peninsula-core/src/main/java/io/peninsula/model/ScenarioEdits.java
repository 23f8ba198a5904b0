package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Applies one {@link ScenarioEdit} to a {@link Scenario}, returning a new scenario. */
final class ScenarioEdits {
  private ScenarioEdits() {}

  /**
   * Applies an option's edits in order. Runs of position and salience edits are applied to one
   * working list and the scenario is rebuilt once per run (rebuilding validates every reference,
   * which dominated Monte Carlo when done per edit); the result is the same as applying the edits
   * one by one.
   */
  static Scenario applyAll(Scenario s, PolicyOption option) {
    List<Position> work = null;
    int k = 0;
    for (ScenarioEdit e : option.edits()) {
      try {
        if (e instanceof ScenarioEdit.SetPosition || e instanceof ScenarioEdit.ShiftPosition || e instanceof ScenarioEdit.SetSalience) {
          if (work == null) work = new ArrayList<>(s.positions());
          applyToPositions(s, work, e);
        } else {
          if (work != null) {
            s = s.withPositions(work);
            work = null;
          }
          s = apply(s, e);
        }
      } catch (InvalidInputException ex) {
        throw new InvalidInputException("option " + option.id() + ", edit " + k + ": " + ex.getMessage(), ex);
      }
      k++;
    }
    return work == null ? s : s.withPositions(work);
  }

  private static void applyToPositions(Scenario s, List<Position> work, ScenarioEdit e) {
    if (e instanceof ScenarioEdit.SetPosition x) {
      requireInScale(requireIssue(s, x.issue()), x.value());
      update(s, work, x.actor(), x.issue(), p -> p.withPosition(x.value()));
    } else if (e instanceof ScenarioEdit.ShiftPosition x) {
      Issue issue = requireIssue(s, x.issue());
      update(s, work, x.actor(), x.issue(), p -> p.withPosition(Math.max(issue.min(), Math.min(issue.max(), p.position() + x.delta()))));
    } else if (e instanceof ScenarioEdit.SetSalience x) {
      requireIssue(s, x.issue());
      if (!(x.value() >= 0 && x.value() <= 1))
        throw new InvalidInputException("salience " + x.value() + " for " + x.actor() + " on " + x.issue() + " must be in [0, 1]");
      update(s, work, x.actor(), x.issue(), p -> p.withSalience(x.value()));
    }
  }

  static Scenario apply(Scenario s, ScenarioEdit edit) {
    if (edit instanceof ScenarioEdit.SetPosition e) {
      Issue issue = requireIssue(s, e.issue());
      requireInScale(issue, e.value());
      return updatePosition(s, e.actor(), e.issue(), p -> p.withPosition(e.value()));
    } else if (edit instanceof ScenarioEdit.ShiftPosition e) {
      Issue issue = requireIssue(s, e.issue());
      return updatePosition(s, e.actor(), e.issue(),
          p -> p.withPosition(Math.max(issue.min(), Math.min(issue.max(), p.position() + e.delta()))));
    } else if (edit instanceof ScenarioEdit.SetSalience e) {
      requireIssue(s, e.issue());
      if (!(e.value() >= 0 && e.value() <= 1))
        throw new InvalidInputException("salience " + e.value() + " for " + e.actor() + " on " + e.issue() + " must be in [0, 1]");
      return updatePosition(s, e.actor(), e.issue(), p -> p.withSalience(e.value()));
    } else if (edit instanceof ScenarioEdit.SetStatusQuo e) {
      Issue issue = requireIssue(s, e.issue());
      requireInScale(issue, e.value());
      SourceRef src = issue.statusQuo().map(StatusQuo::source).orElse(EDITED_STATUS_QUO);
      return withIssue(s, issue.withStatusQuo(java.util.Optional.of(new StatusQuo(e.value(), src))));
    } else if (edit instanceof ScenarioEdit.ShiftStatusQuo e) {
      Issue issue = requireIssue(s, e.issue());
      StatusQuo sq = issue.statusQuo().orElseThrow(() -> new InvalidInputException(
          "issue " + issue.id() + " declares no status quo to shift (add status_quo: under the issue, or use set_status_quo)"));
      double v = Math.max(issue.min(), Math.min(issue.max(), sq.value() + e.delta()));
      return withIssue(s, issue.withStatusQuo(java.util.Optional.of(new StatusQuo(v, sq.source()))));
    } else if (edit instanceof ScenarioEdit.SetCapability e) {
      return updateActor(s, e.actor(), a -> a.withCapability(e.value()));
    } else if (edit instanceof ScenarioEdit.ScaleCapability e) {
      if (!(e.factor() >= 0)) throw new InvalidInputException("capability factor must be >= 0, got " + e.factor());
      return updateActor(s, e.actor(), a -> a.withCapability(a.capability() * e.factor()));
    } else if (edit instanceof ScenarioEdit.AddRelation e) {
      requireActor(s, e.relation().a());
      requireActor(s, e.relation().b());
      List<Relation> rel = new ArrayList<>(s.relations());
      rel.add(e.relation());
      return new Scenario(s.metadata(), s.sources(), s.actors(), s.issues(), s.positions(), rel, s.options(), s.events(), s.roles());
    } else if (edit instanceof ScenarioEdit.RemoveRelation e) {
      List<Relation> rel = s.relations().stream().filter(r -> !r.id().equals(e.relationId())).toList();
      if (rel.size() == s.relations().size()) throw new InvalidInputException("no relation with id " + e.relationId());
      return new Scenario(s.metadata(), s.sources(), s.actors(), s.issues(), s.positions(), rel, s.options(), s.events(), s.roles());
    } else if (edit instanceof ScenarioEdit.AddActor e) {
      List<Actor> actors = new ArrayList<>(s.actors());
      actors.add(e.actor());
      List<Position> pos = new ArrayList<>(s.positions());
      pos.addAll(e.positions());
      return new Scenario(s.metadata(), s.sources(), actors, s.issues(), pos, s.relations(), s.options(), s.events(), s.roles());
    } else if (edit instanceof ScenarioEdit.RemoveActor e) {
      requireActor(s, e.actor());
      return new Scenario(
          s.metadata(), s.sources(),
          s.actors().stream().filter(a -> !a.id().equals(e.actor())).toList(),
          s.issues().stream().map(i -> i.withDecision(i.decision().flatMap(d -> d.without(e.actor())))).toList(),
          s.positions().stream().filter(p -> !p.actorId().equals(e.actor())).toList(),
          s.relations().stream().filter(r -> !r.involves(e.actor())).toList(),
          s.options(), s.events(), s.roles());
    }
    throw new InvalidInputException("unsupported edit " + edit);
  }

  /** The source of a status quo created by an edit on an issue that declared none. */
  static final SourceRef EDITED_STATUS_QUO = SourceRef.judgement("edit", "status quo set by an option or event edit");

  private static Scenario withIssue(Scenario s, Issue changed) {
    return s.withIssues(s.issues().stream().map(i -> i.id().equals(changed.id()) ? changed : i).toList());
  }

  private static Issue requireIssue(Scenario s, String id) {
    return s.issue(id).orElseThrow(() -> new InvalidInputException("unknown issue " + id));
  }

  private static void requireActor(Scenario s, String id) {
    s.actor(id).orElseThrow(() -> new InvalidInputException("unknown actor " + id));
  }

  private static void requireInScale(Issue issue, double v) {
    if (v < issue.min() || v > issue.max())
      throw new InvalidInputException("value " + v + " outside the scale [" + issue.min() + ", " + issue.max() + "] of issue " + issue.id());
  }

  private static Scenario updatePosition(Scenario s, String actor, String issue, java.util.function.UnaryOperator<Position> f) {
    List<Position> ps = new ArrayList<>(s.positions());
    update(s, ps, actor, issue, f);
    return s.withPositions(ps);
  }

  private static void update(Scenario s, List<Position> ps, String actor, String issue, java.util.function.UnaryOperator<Position> f) {
    requireActor(s, actor);
    for (int k = 0; k < ps.size(); k++) {
      Position p = ps.get(k);
      if (p.actorId().equals(actor) && p.issueId().equals(issue)) {
        ps.set(k, f.apply(p));
        return;
      }
    }
    throw new InvalidInputException("actor " + actor + " has no position on issue " + issue);
  }

  private static Scenario updateActor(Scenario s, String actor, java.util.function.UnaryOperator<Actor> f) {
    requireActor(s, actor);
    return s.withActors(s.actors().stream().map(a -> a.id().equals(actor) ? f.apply(a) : a).toList());
  }
}
