package io.peninsula.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.RoundNote;
import io.peninsula.engine.bargaining.VetoConstrainedModel;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link ForecastResult} as a readable table, tidy CSV or JSON with provenance. */
final class ForecastReport {
  static final String CSV_HEADER = "round,actor,dimension,position";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final LoadedScenario loaded;
  private final String model;
  private final ModelConfig config;
  private final ForecastResult result;
  private final List<IssueForecast> issues;

  ForecastReport(LoadedScenario loaded, String model, ModelConfig config, ForecastResult result, String onlyIssue) {
    this.loaded = loaded;
    this.model = model;
    this.config = config;
    this.result = result;
    this.issues = result.issues().stream().filter(i -> onlyIssue == null || i.issueId().equals(onlyIssue)).toList();
  }

  private Scenario scenario() {
    return loaded.scenario();
  }

  /** "≈ 42: freeze with partial verification" — the outcome and what it means on the labelled scale. */
  static String meaning(Issue issue, double outcome) {
    String label = issue.describe(outcome);
    return "≈ " + Numbers.plain(outcome, 0) + (label.isEmpty() ? "" : ": " + label);
  }

  String table() {
    Scenario s = scenario();
    StringBuilder b = new StringBuilder();
    b.append(s.metadata().id()).append(": ").append(s.metadata().title()).append('\n');
    b.append("model: ").append(model).append(variantSuffix()).append(" (").append(result.converged() ? "converged" : "did NOT converge")
        .append(", ").append(result.iterations()).append(" iteration").append(result.iterations() == 1 ? "" : "s").append(")\n\n");
    boolean veto = !vetoNotes().isEmpty();
    Table t = new Table(veto ? List.of("issue", "outcome", "status quo", "veto constraint", "meaning")
        : List.of("issue", "outcome", "meaning"), false, true, veto, false, false);
    for (IssueForecast f : issues) {
      Issue issue = s.issue(f.issueId()).orElseThrow();
      if (veto)
        t.row(List.of(issue.id(), Numbers.fixed(f.outcome(), 1),
            issue.statusQuo().map(q -> Numbers.fixed(q.value(), 1)).orElse("-"), constraint(f.issueId()), meaning(issue, f.outcome())));
      else t.row(List.of(issue.id(), Numbers.fixed(f.outcome(), 1), meaning(issue, f.outcome())));
    }
    b.append(t.render());
    if (veto)
      b.append("\nveto constraint (Tsebelis 2002): \"bound\" moved the model's settlement to the nearest point every\n"
          + "veto player (or a qualified majority) prefers to the status quo; the pivotal actor set that edge.\n"
          + "--constraint none shows the model alone; --explain gives the winsets.\n");
    if (!result.converged())
      b.append("\nwarning: the model stopped after ").append(result.iterations())
          .append(" rounds without converging (its round limit or --max-iterations ").append(config.maxIterations())
          .append("); read the trajectory with --format csv or --explain.\n");
    return b.toString();
  }

  /** The veto-constraint notes ({@link VetoConstrainedModel}) by issue; empty when the constraint applied nowhere. */
  private Map<String, RoundNote> vetoNotes() {
    Map<String, RoundNote> out = new LinkedHashMap<>();
    for (RoundNote n : result.notes())
      if (n.kind().equals(VetoConstrainedModel.BOUND) || n.kind().equals(VetoConstrainedModel.FREE)) out.put(n.issueId(), n);
    return out;
  }

  /** "bound (USA_EXEC)", "free", or "-" when the issue declares no rule. */
  private String constraint(String issueId) {
    RoundNote n = vetoNotes().get(issueId);
    if (n == null) return "-";
    if (n.kind().equals(VetoConstrainedModel.FREE)) return "free";
    return n.actor().isEmpty() ? "bound" : "bound (" + n.actor() + ")";
  }

  private String variantSuffix() {
    return config.parameter("variant").map(v -> " [" + v + "]").orElse("");
  }

  String explanation() {
    StringBuilder b = new StringBuilder("\n");
    List<RoundNote> notes = result.notes().stream()
        .filter(n -> n.issueId().equals("*") || issues.stream().anyMatch(i -> i.issueId().equals(n.issueId()))).toList();
    if (notes.isEmpty()) {
      b.append("explanation: model ").append(model).append(" is one-shot: the outcome is computed directly from the inputs, with no rounds of challenges.\n");
      return b.toString();
    }
    String lastKey = "";
    for (RoundNote n : notes) {
      String key = n.issueId() + "/" + n.round();
      if (!key.equals(lastKey)) {
        b.append(n.issueId().equals("*") ? "" : n.issueId() + ", ").append("round ").append(n.round()).append(":\n");
        lastKey = key;
      }
      b.append("  ").append(n.text()).append('\n');
    }
    return b.toString();
  }

  String csv() {
    StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
    int maxRounds = issues.stream().mapToInt(i -> i.rounds().size()).max().orElse(0);
    for (int r = 0; r < maxRounds; r++) {
      for (IssueForecast f : issues) {
        if (r >= f.rounds().size()) continue;
        List<Double> pos = f.rounds().get(r);
        for (int k = 0; k < f.actorIds().size(); k++)
          b.append(r).append(',').append(f.actorIds().get(k)).append(',').append(f.issueId()).append(',')
              .append(Numbers.plain(pos.get(k), 6)).append('\n');
      }
    }
    return b.toString();
  }

  String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("provenance", Provenance.of(loaded, model, config));
    root.put("converged", result.converged());
    root.put("iterations", result.iterations());
    List<Object> outcomes = new ArrayList<>();
    for (IssueForecast f : issues) {
      Issue issue = scenario().issue(f.issueId()).orElseThrow();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("issue", f.issueId());
      o.put("outcome", f.outcome());
      o.put("meaning", issue.describe(f.outcome()));
      o.put("iterations", f.iterations());
      o.put("converged", f.converged());
      RoundNote vn = vetoNotes().get(f.issueId());
      if (vn != null) {
        o.put("status_quo", issue.statusQuo().orElseThrow().value());
        o.put("veto_bound", vn.kind().equals(VetoConstrainedModel.BOUND));
        if (!vn.actor().isEmpty()) o.put("pivotal", vn.actor());
      }
      outcomes.add(o);
    }
    root.put("outcomes", outcomes);
    List<Object> rows = new ArrayList<>();
    for (IssueForecast f : issues)
      for (int r = 0; r < f.rounds().size(); r++)
        for (int k = 0; k < f.actorIds().size(); k++) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("round", r);
          row.put("actor", f.actorIds().get(k));
          row.put("dimension", f.issueId());
          row.put("position", f.rounds().get(r).get(k));
          rows.add(row);
        }
    root.put("trajectory", rows);
    root.put("notes", result.notes().stream().map(n -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", n.issueId());
      m.put("round", n.round());
      m.put("actor", n.actor());
      m.put("target", n.target());
      m.put("kind", n.kind());
      m.put("text", n.text());
      return m;
    }).toList());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
