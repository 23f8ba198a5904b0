package io.peninsula.formats.scenario;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Position;
import io.peninsula.model.Relation;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Binds the {@code options} section: each option's edits are checked field by field, then applied
 * to the baseline so that an edit that cannot apply (e.g. setting a position an actor does not
 * hold) is reported at the edit's line rather than when an analyst runs {@code compare}.
 */
final class OptionBinder {
  private static final Set<String> OPTION_KEYS = Set.of("id", "title", "description", "source", "edits");
  private static final List<String> EDIT_KINDS = List.of("set_position", "shift_position", "set_salience",
      "set_capability", "scale_capability", "add_relation", "remove_relation", "add_actor", "remove_actor",
      "set_status_quo", "shift_status_quo");

  private final Reader r;
  private final ScenarioBinder b;
  private final List<Position> positions;
  private final List<Relation> relations;

  OptionBinder(Reader r, ScenarioBinder binder, List<Position> positions, List<Relation> relations) {
    this.r = r;
    this.b = binder;
    this.positions = positions;
    this.relations = relations;
  }

  List<PolicyOption> options(Node root) {
    List<PolicyOption> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Node> items = r.list(root, "", "options");
    for (int i = 0; i < items.size(); i++) {
      String path = Reader.index("options", i);
      Node n = items.get(i);
      if (r.requireMap(n, path).isEmpty()) continue;
      r.checkKeys(n, path, OPTION_KEYS);
      Optional<String> id = b.values.id(n, path, "id", "option id, e.g. korea-led-defence");
      String title = r.string(n, path, "title", true, "one-line name of the option").orElse("");
      String description = r.string(n, path, "description", false, "what the option does and why").orElse("");
      var src = b.values.sourceRef(n, path, "source", true);
      List<Node> editNodes = r.list(n, path, "edits");
      List<ScenarioEdit> edits = new ArrayList<>();
      boolean ok = true;
      for (int k = 0; k < editNodes.size(); k++) {
        Optional<ScenarioEdit> e = edit(editNodes.get(k), Reader.index(path + ".edits", k));
        if (e.isPresent()) edits.add(e.get());
        else ok = false;
      }
      if (id.isPresent() && !ids.add(id.get())) {
        r.problem(n.fields.get("id"), path + ".id", "duplicate option id \"" + id.get() + "\"");
        continue;
      }
      if (id.isEmpty() || src.isEmpty() || !ok) continue;
      PolicyOption option = new PolicyOption(id.get(), title, description, edits, src.get());
      if (r.problems.isEmpty()) checkApplies(option, editNodes, path);
      out.add(option);
    }
    return out;
  }

  private void checkApplies(PolicyOption option, List<Node> editNodes, String path) {
    Scenario s = new Scenario(Metadata.of("check"), List.of(), List.copyOf(b.actors.values()),
        List.copyOf(b.issues.values()), positions, relations, List.of());
    for (int k = 0; k < option.edits().size(); k++) {
      try {
        s = s.apply(option.edits().get(k));
      } catch (IllegalArgumentException e) {
        r.problem(editNodes.get(k), Reader.index(path + ".edits", k), "cannot apply: " + e.getMessage());
        return;
      }
    }
  }

  Optional<ScenarioEdit> edit(Node n, String path) {
    if (r.requireMap(n, path).isEmpty()) return Optional.empty();
    if (n.fields.size() != 1) {
      r.problem(n, path, "an edit is a mapping with exactly one key (one of: " + String.join(", ", EDIT_KINDS) + ")");
      return Optional.empty();
    }
    r.checkKeys(n, path, Set.copyOf(EDIT_KINDS));
    String kind = n.fields.keySet().iterator().next();
    Node v = n.fields.get(kind);
    String p = path + "." + kind;
    Set<String> actorIds = b.declaredActors;
    switch (kind) {
      case "set_position", "shift_position", "set_salience" -> {
        if (r.requireMap(v, p).isEmpty()) return Optional.empty();
        String valueKey = kind.equals("shift_position") ? "delta" : "value";
        r.checkKeys(v, p, Set.of("actor", "issue", valueKey));
        Optional<String> actor = b.values.reference(v, p, "actor", actorIds, "actor");
        Optional<String> issueId = b.values.reference(v, p, "issue", b.declaredIssues, "issue");
        Issue issue = issueId.map(b.issues::get).orElse(null);
        OptionalDouble x = switch (kind) {
          case "set_salience" -> r.numberIn(v, p, "value", true, 0, 1, "salience");
          case "shift_position" -> r.number(v, p, "delta", true, "change of position, + or -");
          default -> issue == null ? r.number(v, p, "value", true, "new position")
              : r.numberIn(v, p, "value", true, issue.min(), issue.max(), "the scale of issue " + issue.id());
        };
        if (actor.isEmpty() || issue == null || x.isEmpty()) return Optional.empty();
        double d = x.getAsDouble();
        return Optional.of(switch (kind) {
          case "set_salience" -> new ScenarioEdit.SetSalience(actor.get(), issue.id(), d);
          case "shift_position" -> new ScenarioEdit.ShiftPosition(actor.get(), issue.id(), d);
          default -> new ScenarioEdit.SetPosition(actor.get(), issue.id(), d);
        });
      }
      case "set_status_quo", "shift_status_quo" -> {
        if (r.requireMap(v, p).isEmpty()) return Optional.empty();
        boolean set = kind.equals("set_status_quo");
        r.checkKeys(v, p, Set.of("issue", set ? "value" : "delta"));
        Optional<String> issueId = b.values.reference(v, p, "issue", b.declaredIssues, "issue");
        Issue issue = issueId.map(b.issues::get).orElse(null);
        OptionalDouble x = !set ? r.number(v, p, "delta", true, "change of the status quo, + or -")
            : issue == null ? r.number(v, p, "value", true, "new status quo")
            : r.numberIn(v, p, "value", true, issue.min(), issue.max(), "the scale of issue " + issue.id());
        if (issue == null || x.isEmpty()) return Optional.empty();
        return Optional.of(set ? new ScenarioEdit.SetStatusQuo(issue.id(), x.getAsDouble())
            : new ScenarioEdit.ShiftStatusQuo(issue.id(), x.getAsDouble()));
      }
      case "set_capability", "scale_capability" -> {
        if (r.requireMap(v, p).isEmpty()) return Optional.empty();
        String valueKey = kind.equals("set_capability") ? "value" : "factor";
        r.checkKeys(v, p, Set.of("actor", valueKey));
        Optional<String> actor = b.values.reference(v, p, "actor", actorIds, "actor");
        OptionalDouble x = r.numberIn(v, p, valueKey, true, 0, Double.MAX_VALUE, valueKey + " >= 0");
        if (actor.isEmpty() || x.isEmpty()) return Optional.empty();
        return Optional.of(kind.equals("set_capability")
            ? new ScenarioEdit.SetCapability(actor.get(), x.getAsDouble())
            : new ScenarioEdit.ScaleCapability(actor.get(), x.getAsDouble()));
      }
      case "add_relation" -> {
        return b.relationBinder().relation(v, p).map(ScenarioEdit.AddRelation::new);
      }
      case "remove_relation", "remove_actor" -> {
        if (!(v.scalar instanceof String id)) {
          r.problem(v, p, "expected the id of the " + (kind.equals("remove_actor") ? "actor" : "relation") + " to remove, got " + v.show());
          return Optional.empty();
        }
        return Optional.of(kind.equals("remove_actor") ? new ScenarioEdit.RemoveActor(id) : new ScenarioEdit.RemoveRelation(id));
      }
      case "add_actor" -> {
        if (r.requireMap(v, p).isEmpty()) return Optional.empty();
        r.checkKeys(v, p, Set.of("actor", "positions"));
        Optional<Actor> actor = r.requireField(v, p, "actor", "the new actor").flatMap(a -> b.actor(a, p + ".actor"));
        if (actor.isEmpty()) return Optional.empty();
        Set<String> allowed = Set.of(actor.get().id());
        List<Position> added = new ArrayList<>();
        List<Node> ps = r.list(v, p, "positions");
        boolean ok = true;
        for (int k = 0; k < ps.size(); k++) {
          Optional<Position> pos = b.position(ps.get(k), Reader.index(p + ".positions", k), allowed);
          if (pos.isPresent()) added.add(pos.get());
          else ok = false;
        }
        return ok ? Optional.of(new ScenarioEdit.AddActor(actor.get(), added)) : Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
