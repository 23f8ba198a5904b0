package io.peninsula.cli;

import io.peninsula.app.bargaining.ForecastOutcome;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.RoundNote;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.List;

/** Renders a forecast as a readable table or tidy CSV; its JSON is {@link ForecastOutcome#json()}. */
final class ForecastReport {
  static final String CSV_HEADER = "round,actor,dimension,position";

  private final ForecastOutcome outcome;
  private final String model;
  private final ModelConfig config;
  private final ForecastResult result;
  private final List<IssueForecast> issues;

  ForecastReport(ForecastOutcome outcome) {
    this.outcome = outcome;
    this.model = outcome.result().model();
    this.config = outcome.request().model().resolve().config();
    this.result = outcome.result();
    this.issues = outcome.issues();
  }

  private Scenario scenario() {
    return outcome.loaded().scenario();
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
    b.append("model: ").append(model).append(variantSuffix()).append(" (");
    if (outcome.ranFixedHorizon()) b.append("ran its fixed horizon of ").append(outcome.fixedHorizon().orElseThrow()).append(" rounds)\n\n");
    else b.append(result.converged() ? "converged" : "did NOT converge")
        .append(", ").append(result.iterations()).append(" iteration").append(result.iterations() == 1 ? "" : "s").append(")\n\n");
    Table t = new Table(List.of("issue", "outcome", "meaning"), false, true, false);
    for (IssueForecast f : issues) {
      Issue issue = s.issue(f.issueId()).orElseThrow();
      t.row(List.of(issue.id(), Numbers.fixed(f.outcome(), 1), meaning(issue, f.outcome())));
    }
    b.append(t.render());
    if (!result.converged() && !outcome.ranFixedHorizon())
      b.append("\nwarning: the model stopped after ").append(result.iterations())
          .append(" rounds without converging (its round limit or --max-iterations ").append(config.maxIterations())
          .append("); read the trajectory with --format csv or --explain.\n");
    return b.toString();
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

}
