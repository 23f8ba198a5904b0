package io.peninsula.formats.scenario;

import io.peninsula.model.EventCondition;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.Position;
import io.peninsula.model.Relation;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import io.peninsula.model.ScenarioEvent;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Binds the {@code events} section (docs/scenario-format.md, "Events"): each event's annual
 * probability in [0, 1] with its source, its conditions ({@code when}: an issue above or below a
 * threshold on the issue's scale, or another event having happened) and its effects, written and
 * checked as option edits. Reports unknown events in conditions, conditions that form a cycle
 * (an event that can only follow itself), and effects that cannot apply to the baseline, each at
 * its line.
 */
final class EventBinder {
  private static final Set<String> EVENT_KEYS = Set.of("id", "title", "probability", "source", "repeats", "when", "effects");
  private static final Set<String> CONDITION_KEYS = Set.of("issue", "above", "below", "after");

  private final Reader r;
  private final ScenarioBinder b;
  private final List<Position> positions;
  private final List<Relation> relations;

  EventBinder(Reader r, ScenarioBinder binder, List<Position> positions, List<Relation> relations) {
    this.r = r;
    this.b = binder;
    this.positions = positions;
    this.relations = relations;
  }

  /** A parsed condition that names an event, kept with its node until all event ids are known. */
  private record PendingAfter(String event, Node at, String path) {}

  List<ScenarioEvent> events(Node root) {
    List<Node> items = r.list(root, "", "events");
    Map<String, Node> declared = new LinkedHashMap<>();
    for (Node n : items)
      if (n.isMap() && n.fields.get("id") != null && n.fields.get("id").scalar instanceof String id) declared.putIfAbsent(id, n);
    OptionBinder edits = new OptionBinder(r, b, positions, relations);
    List<ScenarioEvent> out = new ArrayList<>();
    Map<String, List<PendingAfter>> after = new LinkedHashMap<>();
    Map<String, Node> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String path = Reader.index("events", i);
      Node n = items.get(i);
      if (r.requireMap(n, path).isEmpty()) continue;
      r.checkKeys(n, path, EVENT_KEYS);
      Optional<String> id = b.values.id(n, path, "id", "event id, e.g. dprk-nuclear-test");
      String title = r.string(n, path, "title", true, "one-line description of the event").orElse("");
      OptionalDouble p = r.numberIn(n, path, "probability", true, 0, 1, "the chance it happens in a given year");
      Optional<SourceRef> src = b.values.sourceRef(n, path, "source", true);
      boolean repeats = r.bool(n, path, "repeats").orElse(false);
      if (id.isPresent() && seen.putIfAbsent(id.get(), n) != null) {
        r.problem(n.fields.get("id"), path + ".id", "duplicate event id \"" + id.get() + "\"");
        continue;
      }
      List<EventCondition> conditions = new ArrayList<>();
      List<PendingAfter> pending = new ArrayList<>();
      boolean ok = conditions(n, path, declared, conditions, pending);
      id.ifPresent(x -> after.put(x, pending));
      List<Node> effectNodes = r.list(n, path, "effects");
      if (effectNodes.isEmpty()) r.problem(r.field(n, "effects").orElse(n), path + ".effects", "an event needs at least one effect (an edit, as under options)");
      List<ScenarioEdit> effects = new ArrayList<>();
      for (int k = 0; k < effectNodes.size(); k++) {
        Optional<ScenarioEdit> e = edits.edit(effectNodes.get(k), Reader.index(path + ".effects", k));
        if (e.isPresent()) effects.add(e.get());
        else ok = false;
      }
      if (id.isEmpty() || p.isEmpty() || src.isEmpty() || !ok) continue;
      if (r.problems.isEmpty()) checkApplies(effects, effectNodes, path);
      out.add(new ScenarioEvent(id.get(), title, p.getAsDouble(), src.get(), repeats, conditions, effects));
    }
    checkCycles(after);
    return out;
  }

  private boolean conditions(Node n, String path, Map<String, Node> declared, List<EventCondition> out, List<PendingAfter> pending) {
    List<Node> when = r.list(n, path, "when");
    boolean ok = true;
    for (int k = 0; k < when.size(); k++) {
      String cp = Reader.index(path + ".when", k);
      Node c = when.get(k);
      if (r.requireMap(c, cp).isEmpty()) {
        ok = false;
        continue;
      }
      r.checkKeys(c, cp, CONDITION_KEYS);
      if (c.fields.containsKey("after")) {
        if (c.fields.size() != 1) {
          r.problem(c, cp, "a condition is either {after: EVENT} or {issue: ID, above|below: VALUE}, not both");
          ok = false;
          continue;
        }
        Optional<String> ev = b.values.reference(c, cp, "after", declared.keySet(), "event");
        if (ev.isEmpty()) {
          ok = false;
          continue;
        }
        out.add(new EventCondition.AfterEvent(ev.get()));
        pending.add(new PendingAfter(ev.get(), c.fields.get("after"), cp + ".after"));
        continue;
      }
      boolean above = c.fields.containsKey("above");
      if (above == c.fields.containsKey("below")) {
        r.problem(c, cp, "a condition on an issue needs exactly one of above: or below: (a value on the issue's scale)");
        ok = false;
        continue;
      }
      Optional<String> issueId = b.values.reference(c, cp, "issue", b.declaredIssues, "issue");
      Issue issue = issueId.map(b.issues::get).orElse(null);
      String key = above ? "above" : "below";
      OptionalDouble t = issue == null ? r.number(c, cp, key, true, "threshold")
          : r.numberIn(c, cp, key, true, issue.min(), issue.max(), "the scale of issue " + issue.id());
      if (issue == null || t.isEmpty()) {
        ok = false;
        continue;
      }
      out.add(above ? new EventCondition.IssueAbove(issue.id(), t.getAsDouble()) : new EventCondition.IssueBelow(issue.id(), t.getAsDouble()));
    }
    return ok;
  }

  private void checkApplies(List<ScenarioEdit> effects, List<Node> nodes, String path) {
    Scenario s = new Scenario(Metadata.of("check"), List.of(), List.copyOf(b.actors.values()),
        List.copyOf(b.issues.values()), positions, relations, List.of());
    for (int k = 0; k < effects.size(); k++) {
      try {
        s = s.apply(effects.get(k));
      } catch (IllegalArgumentException e) {
        r.problem(nodes.get(k), Reader.index(path + ".effects", k), "cannot apply: " + e.getMessage());
        return;
      }
    }
  }

  /** Reports each cycle of {@code after:} conditions once, at the condition that closes it. */
  private void checkCycles(Map<String, List<PendingAfter>> after) {
    Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
    for (String start : after.keySet()) visit(start, after, state, new ArrayList<>());
  }

  private void visit(String ev, Map<String, List<PendingAfter>> after, Map<String, Integer> state, List<String> trail) {
    Integer st = state.get(ev);
    if (st != null && st == 2) return;
    state.put(ev, 1);
    trail.add(ev);
    for (PendingAfter p : after.getOrDefault(ev, List.of())) {
      Integer s2 = state.get(p.event());
      if (s2 != null && s2 == 1) {
        List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(p.event()), trail.size()));
        cycle.add(p.event());
        r.problem(p.at(), p.path(), "conditions form a cycle (" + String.join(" needs ", cycle)
            + "): none of these events can ever happen; remove one of the after: conditions");
      } else {
        visit(p.event(), after, state, trail);
      }
    }
    trail.remove(trail.size() - 1);
    state.put(ev, 2);
  }
}
