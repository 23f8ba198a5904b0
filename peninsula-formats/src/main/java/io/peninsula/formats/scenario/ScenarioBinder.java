package io.peninsula.formats.scenario;

import io.peninsula.model.Actor;
import io.peninsula.model.ActorKind;
import io.peninsula.model.CapabilityIndicator;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.Position;
import io.peninsula.model.ScaleAnchor;
import io.peninsula.model.Scenario;
import io.peninsula.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a located {@link Node} tree into a {@link Scenario}, checking the whole file against the
 * format of docs/scenario-format.md and recording every problem found (it never stops at the
 * first). Returns empty when anything was wrong.
 */
final class ScenarioBinder {
  static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2,4}");
  private static final Set<String> ROOT_KEYS =
      Set.of("id", "title", "date", "description", "sources", "actors", "issues", "positions", "relations", "options", "events",
          "roles");
  private static final Set<String> SOURCE_KEYS = Set.of("id", "citation", "url", "quote");
  private static final Set<String> ACTOR_KEYS = Set.of(
      "id", "name", "kind", "parent", "capability", "capability_source", "capability_uncertainty", "indicators");
  private static final Set<String> INDICATOR_KEYS = Set.of("year", "milex", "cinc", "warheads", "source");
  private static final Set<String> ISSUE_KEYS = Set.of("id", "title", "scale", "anchors", "status_quo", "decision");
  private static final Set<String> POSITION_KEYS = Set.of("actor", "issue", "position", "salience", "source",
      "salience_source", "position_uncertainty", "salience_uncertainty", "influence");

  private final Reader r;
  final Values values;
  final Map<String, Actor> actors = new LinkedHashMap<>();
  final Map<String, Issue> issues = new LinkedHashMap<>();
  final Set<String> sourceIds = new HashSet<>();
  /** Ids declared in the file, even by entries with other faults, so references do not cascade. */
  final Set<String> declaredActors = new java.util.LinkedHashSet<>();
  final Set<String> declaredIssues = new java.util.LinkedHashSet<>();

  final IssueRuleBinder rules;

  ScenarioBinder(Reader reader) {
    this.r = reader;
    this.values = new Values(reader, sourceIds);
    this.rules = new IssueRuleBinder(reader, values, declaredActors);
  }

  Optional<Scenario> bind(Node root) {
    if (r.requireMap(root, "").isEmpty()) return Optional.empty();
    r.checkKeys(root, "", ROOT_KEYS);
    String id = r.string(root, "", "id", true, "scenario id, e.g. korea-2025").orElse("?");
    if (!"?".equals(id) && !SCENARIO_ID.matcher(id).matches())
      r.problem(root.fields.get("id"), "id", "scenario id \"" + id + "\" must be lower-case letters, digits and '-'");
    String title = r.string(root, "", "title", true, "a one-line title").orElse("");
    String date = r.string(root, "", "date", false, "ISO date of the situation modelled").orElse("");
    String description = r.string(root, "", "description", false, "free text").orElse("");

    List<Source> sources = sources(root);
    actorsOf(root);
    issuesOf(root);
    List<Position> positions = positions(root);
    rules.checkHolders(issues.values(), positions);
    var relations = relationBinder().relations(root);
    var options = new OptionBinder(r, this, positions, relations).options(root);
    var events = new EventBinder(r, this, positions, relations).events(root);
    var roles = new RolesBinder(r, values, declaredActors, declaredIssues).roles(root);
    checkCoverage(root);
    if (!r.problems.isEmpty()) return Optional.empty();
    return Optional.of(new Scenario(new Metadata(id, title, date, description), sources,
        List.copyOf(actors.values()), List.copyOf(issues.values()), positions, relations, options, events, roles));
  }

  private List<Source> sources(Node root) {
    List<Source> out = new ArrayList<>();
    List<Node> items = r.list(root, "", "sources");
    for (int i = 0; i < items.size(); i++) {
      String path = Reader.index("sources", i);
      Node n = items.get(i);
      if (r.requireMap(n, path).isEmpty()) continue;
      r.checkKeys(n, path, SOURCE_KEYS);
      Optional<String> sid = r.string(n, path, "id", true, "source id that values cite with ref:");
      Optional<String> citation = r.string(n, path, "citation", true, "author, title, publisher, date");
      if (sid.isPresent() && !sourceIds.add(sid.get()))
        r.problem(n.fields.get("id"), path + ".id", "duplicate source id \"" + sid.get() + "\"; ids must be unique");
      if (sid.isPresent() && citation.isPresent())
        out.add(new Source(sid.get(), citation.get(), r.string(n, path, "url", false, "URL"), r.string(n, path, "quote", false, "quote")));
    }
    return out;
  }

  private void actorsOf(Node root) {
    List<Node> items = r.list(root, "", "actors");
    if (items.isEmpty()) r.problem(root, "actors", "a scenario needs at least one actor");
    for (int i = 0; i < items.size(); i++) {
      String path = Reader.index("actors", i);
      Node n = items.get(i);
      if (n.isMap() && n.fields.get("id") != null && n.fields.get("id").scalar instanceof String sid) declaredActors.add(sid);
      Optional<Actor> actor = actor(n, path);
      if (actor.isPresent() && actors.containsKey(actor.get().id())) {
        r.problem(n.fields.get("id"), path + ".id", "duplicate actor id \"" + actor.get().id() + "\"; ids must be unique");
        continue;
      }
      actor.ifPresent(a -> actors.put(a.id(), a));
    }
    for (int i = 0; i < items.size(); i++) {
      Node n = items.get(i);
      final int idx = i;
      if (!n.isMap()) continue;
      r.field(n, "parent").filter(v -> v.scalar instanceof String).map(v -> (String) v.scalar).ifPresent(p -> {
        if (!actors.containsKey(p) && !STATE_CODE.matcher(p).matches())
          r.problem(n.fields.get("parent"), Reader.index("actors", idx) + ".parent",
              "parent \"" + p + "\" is neither an actor id of this scenario nor a state code (2-4 capital letters, e.g. ROK)");
      });
    }
  }


  /** One actor mapping (the caller checks id uniqueness). */
  Optional<Actor> actor(Node n, String path) {
    if (r.requireMap(n, path).isEmpty()) return Optional.empty();
    r.checkKeys(n, path, ACTOR_KEYS);
    Optional<String> aid = values.id(n, path, "id", "actor id, e.g. USA");
    String name = r.string(n, path, "name", true, "display name").orElse(aid.orElse("?"));
    Optional<ActorKind> kind = r.string(n, path, "kind", true, "state | faction | institution").flatMap(k -> {
      try {
        return Optional.of(ActorKind.valueOf(k.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        r.problem(n.fields.get("kind"), path + ".kind", "unknown actor kind \"" + k + "\" (allowed: state, faction, institution)");
        return Optional.empty();
      }
    });
    Optional<String> parent = r.string(n, path, "parent", false, "the state this actor belongs to");
    OptionalDouble cap = r.numberIn(n, path, "capability", true, 0, Double.MAX_VALUE, "relative power, >= 0");
    var capSource = values.sourceRef(n, path, "capability_source", true);
    var capUnc = values.uncertainty(n, path, "capability_uncertainty", 0, Double.MAX_VALUE, cap);
    List<CapabilityIndicator> indicators = indicators(n, path);
    if (aid.isEmpty() || kind.isEmpty() || cap.isEmpty() || capSource.isEmpty()) return Optional.empty();
    return Optional.of(new Actor(aid.get(), name, kind.get(), parent, cap.getAsDouble(), capSource.get(), capUnc, indicators));
  }

  private List<CapabilityIndicator> indicators(Node actor, String actorPath) {
    List<CapabilityIndicator> out = new ArrayList<>();
    List<Node> items = r.list(actor, actorPath, "indicators");
    for (int i = 0; i < items.size(); i++) {
      String path = Reader.index(actorPath + ".indicators", i);
      Node n = items.get(i);
      if (r.requireMap(n, path).isEmpty()) continue;
      r.checkKeys(n, path, INDICATOR_KEYS);
      OptionalDouble year = r.numberIn(n, path, "year", true, 1816, 2100, "calendar year");
      OptionalDouble milex = r.numberIn(n, path, "milex", false, 0, Double.MAX_VALUE, "military expenditure, US$ millions");
      OptionalDouble cinc = r.numberIn(n, path, "cinc", false, 0, 1, "COW CINC share");
      OptionalDouble warheads = r.numberIn(n, path, "warheads", false, 0, Double.MAX_VALUE, "nuclear warheads");
      var src = values.sourceRef(n, path, "source", true);
      if (year.isPresent() && src.isPresent())
        out.add(new CapabilityIndicator((int) year.getAsDouble(), milex, cinc, warheads, src.get()));
    }
    return out;
  }

  private void issuesOf(Node root) {
    List<Node> items = r.list(root, "", "issues");
    if (items.isEmpty()) r.problem(root, "issues", "a scenario needs at least one issue");
    for (int i = 0; i < items.size(); i++) {
      String path = Reader.index("issues", i);
      Node n = items.get(i);
      if (r.requireMap(n, path).isEmpty()) continue;
      r.checkKeys(n, path, ISSUE_KEYS);
      if (n.fields.get("id") != null && n.fields.get("id").scalar instanceof String sid) declaredIssues.add(sid);
      Optional<String> iid = values.id(n, path, "id", "issue id, e.g. force_posture");
      String title = r.string(n, path, "title", true, "what is in dispute").orElse(iid.orElse("?"));
      double[] scale = values.scale(n, path);
      List<ScaleAnchor> anchors = values.anchors(n, path, scale);
      if (iid.isPresent() && issues.containsKey(iid.get())) {
        r.problem(n.fields.get("id"), path + ".id", "duplicate issue id \"" + iid.get() + "\"; ids must be unique");
      } else if (iid.isPresent() && scale != null) {
        issues.put(iid.get(), rules.issue(n, path, new Issue(iid.get(), title, scale[0], scale[1], anchors)));
      }
    }
  }

  private List<Position> positions(Node root) {
    List<Position> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Node> items = r.list(root, "", "positions");
    for (int i = 0; i < items.size(); i++) {
      String path = Reader.index("positions", i);
      Node n = items.get(i);
      Optional<Position> position = position(n, path, declaredActors);
      if (position.isPresent()) {
        Position p = position.get();
        Integer prev = seen.putIfAbsent(p.actorId() + "/" + p.issueId(), i);
        if (prev != null) {
          r.problem(n, path, "second position of " + p.actorId() + " on " + p.issueId()
              + " (first is positions[" + prev + "]); keep one");
          continue;
        }
        out.add(p);
      }
    }
    return out;
  }

  /** One position mapping whose actor must be one of {@code actorIds}. */
  Optional<Position> position(Node n, String path, Set<String> actorIds) {
    if (r.requireMap(n, path).isEmpty()) return Optional.empty();
    r.checkKeys(n, path, POSITION_KEYS);
      Optional<String> actor = values.reference(n, path, "actor", actorIds, "actor");
    Optional<String> issueId = values.reference(n, path, "issue", declaredIssues, "issue");
    Issue issue = issueId.map(issues::get).orElse(null);
    OptionalDouble pos = issue == null
        ? r.number(n, path, "position", true, "position on the issue's scale")
        : r.numberIn(n, path, "position", true, issue.min(), issue.max(), "the scale of issue " + issue.id());
    OptionalDouble sal = r.numberIn(n, path, "salience", true, 0, 1, "share of attention, 0 = none, 1 = all");
    var src = values.sourceRef(n, path, "source", true);
    var salSrc = values.sourceRef(n, path, "salience_source", false);
    var posUnc = issue == null ? Optional.<io.peninsula.model.Uncertainty>empty()
        : values.uncertainty(n, path, "position_uncertainty", issue.min(), issue.max(), pos);
    var salUnc = values.uncertainty(n, path, "salience_uncertainty", 0, 1, sal);
    var influence = rules.influence(n, path);
    if (actor.isEmpty() || issue == null || pos.isEmpty() || sal.isEmpty() || src.isEmpty()) return Optional.empty();
    return Optional.of(new Position(actor.get(), issue.id(), pos.getAsDouble(), sal.getAsDouble(), src.get(), salSrc, posUnc, salUnc, influence));
  }
  RelationBinder relationBinder() {
    return new RelationBinder(r, values, declaredActors);
  }

  private void checkCoverage(Node root) {
    for (Issue issue : issues.values()) {
      boolean named = r.list(root, "", "positions").stream()
          .anyMatch(n -> n.isMap() && n.fields.get("issue") != null && issue.id().equals(n.fields.get("issue").scalar));
      if (!named)
        r.problem(root.fields.get("issues"), "issues." + issue.id(),
            "no actor holds a position on issue \"" + issue.id() + "\"; add positions for it or remove the issue");
    }
  }
}
