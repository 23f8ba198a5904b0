package io.peninsula.formats.scenario;

import io.peninsula.model.DecisionRule;
import io.peninsula.model.Influence;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.SourceRef;
import io.peninsula.model.StatusQuo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Binds the institutional fields of docs/scenario-format.md ("Status quo, decision rules and
 * influence"): an issue's {@code status_quo} and {@code decision}, and a position's
 * {@code influence}; and writes them back for {@link ScenarioWriter}. Every fault is a located
 * problem: an unknown actor among veto players or weights, a status quo off the scale, a threshold
 * outside [0, 1], a qualified majority without weights, a rule naming an actor with no position on
 * the issue.
 */
final class IssueRuleBinder {
  static final Set<String> ISSUE_KEYS = Set.of("status_quo", "decision");
  static final String POSITION_KEY = "influence";
  private static final Set<String> STATUS_QUO_KEYS = Set.of("value", "source");
  private static final Set<String> DECISION_KEYS = Set.of("rule", "veto_players", "weights", "threshold", "source");
  private static final Set<String> INFLUENCE_KEYS = Set.of("value", "source");
  private static final List<String> RULES = List.of("unanimity", "qualified_majority", "none");

  private final Reader r;
  private final Values values;
  private final Set<String> actorIds;
  /** Where each issue's decision rule stood, to locate the holder check done after positions. */
  private final Map<String, Node> decisionNodes = new LinkedHashMap<>();
  private final Map<String, String> decisionPaths = new LinkedHashMap<>();

  IssueRuleBinder(Reader r, Values values, Set<String> actorIds) {
    this.r = r;
    this.values = values;
    this.actorIds = actorIds;
  }

  /** The issue with the status quo and decision rule its mapping declares (unchanged when none). */
  Issue issue(Node n, String path, Issue issue) {
    Optional<StatusQuo> sq = statusQuo(n, path, issue);
    Optional<DecisionRule> rule = decision(n, path, issue.id());
    return issue.withStatusQuo(sq).withDecision(rule);
  }

  private Optional<StatusQuo> statusQuo(Node issueNode, String issuePath, Issue issue) {
    Optional<Node> f = r.field(issueNode, "status_quo");
    if (f.isEmpty()) return Optional.empty();
    String p = issuePath + ".status_quo";
    Node n = f.get();
    if (r.requireMap(n, p).isEmpty()) return Optional.empty();
    r.checkKeys(n, p, STATUS_QUO_KEYS);
    OptionalDouble v = r.numberIn(n, p, "value", true, issue.min(), issue.max(),
        "the state of affairs on the scenario's date, on the scale of issue " + issue.id());
    Optional<SourceRef> src = values.sourceRef(n, p, "source", true);
    if (v.isEmpty() || src.isEmpty()) return Optional.empty();
    return Optional.of(new StatusQuo(v.getAsDouble(), src.get()));
  }

  private Optional<DecisionRule> decision(Node issueNode, String issuePath, String issueId) {
    Optional<Node> f = r.field(issueNode, "decision");
    if (f.isEmpty()) return Optional.empty();
    String p = issuePath + ".decision";
    Node n = f.get();
    if (r.requireMap(n, p).isEmpty()) return Optional.empty();
    r.checkKeys(n, p, DECISION_KEYS);
    Optional<String> rule = r.string(n, p, "rule", true, String.join(" | ", RULES)).flatMap(k -> {
      if (RULES.contains(k)) return Optional.of(k);
      String hint = Reader.closest(k, RULES).map(c -> "; did you mean \"" + c + "\"?").orElse("");
      r.problem(n.fields.get("rule"), p + ".rule", "unknown decision rule \"" + k + "\" (allowed: " + String.join(", ", RULES) + ")" + hint);
      return Optional.empty();
    });
    boolean ok = rule.isPresent();
    List<String> veto = new ArrayList<>();
    List<Node> vs = r.list(n, p, "veto_players");
    for (int i = 0; i < vs.size(); i++) {
      Node v = vs.get(i);
      String id = v.scalar instanceof String s ? s : null;
      String vp = Reader.index(p + ".veto_players", i);
      if (id == null || !actorIds.contains(id)) {
        r.problem(v, vp, unknownActor(v, id));
        ok = false;
      } else if (veto.contains(id)) {
        r.problem(v, vp, "veto player " + id + " is listed twice; keep one");
        ok = false;
      } else {
        veto.add(id);
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    Optional<Node> wn = r.field(n, "weights");
    if (wn.isPresent()) {
      Node w = wn.get();
      if (r.requireMap(w, p + ".weights").isEmpty()) ok = false;
      else
        for (String actor : w.fields.keySet()) {
          String wp = p + ".weights." + actor;
          if (!actorIds.contains(actor)) {
            int[] loc = w.keyLocations.get(actor);
            Node at = Node.scalar(loc[0], loc[1], actor);
            r.problem(at, wp, unknownActor(at, actor));
            ok = false;
            continue;
          }
          OptionalDouble d = r.numberIn(w, p + ".weights", actor, true, 0, Double.MAX_VALUE, "voting weight of " + actor + ", >= 0");
          if (d.isEmpty()) ok = false;
          else weights.put(actor, d.getAsDouble());
        }
    }
    OptionalDouble threshold = r.numberIn(n, p, "threshold", false, 0, 1,
        "share of the total weight a coalition needs, e.g. 0.71");
    if (n.fields.containsKey("threshold") && threshold.isEmpty()) ok = false;
    Optional<SourceRef> src = values.sourceRef(n, p, "source", true);
    if (src.isEmpty()) ok = false;
    if (rule.isPresent()) {
      switch (rule.get()) {
        case "unanimity" -> {
          if (vs.isEmpty()) {
            r.problem(n, p + ".veto_players", "rule unanimity needs veto_players: the actors who must all consent, e.g. [USA_EXEC, US_CONGRESS]");
            ok = false;
          }
          if (wn.isPresent() || n.fields.containsKey("threshold")) {
            r.problem(wn.orElse(n.fields.get("threshold")), p, "rule unanimity takes no weights or threshold; use qualified_majority for weighted voting");
            ok = false;
          }
        }
        case "qualified_majority" -> {
          if (wn.isEmpty()) {
            r.problem(n, p + ".weights", "rule qualified_majority needs weights: {actor: voting weight, ...}");
            ok = false;
          } else if (ok && weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            r.problem(wn.get(), p + ".weights", "the weights sum to 0; give at least one member a positive weight");
            ok = false;
          }
          if (!n.fields.containsKey("threshold")) {
            r.problem(n, p + ".threshold", "rule qualified_majority needs threshold: the share of the total weight a coalition needs, in [0, 1]");
            ok = false;
          }
        }
        default -> {
          if (!vs.isEmpty() || wn.isPresent() || n.fields.containsKey("threshold")) {
            r.problem(n, p, "rule none takes no veto_players, weights or threshold");
            ok = false;
          }
        }
      }
    }
    if (!ok) return Optional.empty();
    decisionNodes.put(issueId, n);
    decisionPaths.put(issueId, p);
    DecisionRule.Kind kind = DecisionRule.Kind.valueOf(rule.get().toUpperCase(java.util.Locale.ROOT));
    return Optional.of(new DecisionRule(kind, veto, weights, threshold.orElse(kind == DecisionRule.Kind.UNANIMITY ? 1 : 0), src.get()));
  }

  private String unknownActor(Node at, String id) {
    String hint = id == null ? "" : Reader.closest(id, actorIds).map(c -> "; did you mean \"" + c + "\"?").orElse("");
    return "unknown actor " + at.show() + " (declared: " + String.join(", ", Reader.sorted(actorIds)) + ")" + hint;
  }

  /** A position's optional {@code influence: {value, source}}. */
  Optional<Influence> influence(Node positionNode, String path) {
    Optional<Node> f = r.field(positionNode, POSITION_KEY);
    if (f.isEmpty()) return Optional.empty();
    String p = path + "." + POSITION_KEY;
    Node n = f.get();
    if (r.requireMap(n, p).isEmpty()) return Optional.empty();
    r.checkKeys(n, p, INFLUENCE_KEYS);
    OptionalDouble v = r.numberIn(n, p, "value", true, 0, Double.MAX_VALUE,
        "the actor's weight on this issue, in the units of capability, >= 0");
    Optional<SourceRef> src = values.sourceRef(n, p, "source", true);
    if (v.isEmpty() || src.isEmpty()) return Optional.empty();
    return Optional.of(new Influence(v.getAsDouble(), src.get()));
  }

  /** Every actor a decision rule names must hold a position on its issue (its ideal point defines its preferred set). */
  void checkHolders(Iterable<Issue> issues, List<Position> positions) {
    for (Issue issue : issues) {
      if (issue.decision().isEmpty()) continue;
      for (String a : issue.decision().get().actors()) {
        boolean holds = positions.stream().anyMatch(p -> p.actorId().equals(a) && p.issueId().equals(issue.id()));
        if (!holds)
          r.problem(decisionNodes.get(issue.id()), decisionPaths.get(issue.id()),
              "the rule names " + a + ", who holds no position on issue " + issue.id()
                  + "; add a position for " + a + " (its ideal point defines what it prefers to the status quo)");
      }
    }
  }

  static Map<String, Object> write(StatusQuo sq, DoubleFunction<Object> num, Function<SourceRef, Object> source) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", num.apply(sq.value()));
    m.put("source", source.apply(sq.source()));
    return m;
  }

  static Map<String, Object> write(Influence x, DoubleFunction<Object> num, Function<SourceRef, Object> source) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", num.apply(x.value()));
    m.put("source", source.apply(x.source()));
    return m;
  }

  static Map<String, Object> write(DecisionRule d, DoubleFunction<Object> num, Function<SourceRef, Object> source) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", d.kind().id());
    if (!d.vetoPlayers().isEmpty()) m.put("veto_players", d.vetoPlayers());
    if (!d.weights().isEmpty()) {
      Map<String, Object> w = new LinkedHashMap<>();
      d.weights().forEach((k, v) -> w.put(k, num.apply(v)));
      m.put("weights", w);
    }
    if (d.kind() == DecisionRule.Kind.QUALIFIED_MAJORITY) m.put("threshold", num.apply(d.threshold()));
    m.put("source", source.apply(d.source()));
    return m;
  }
}
