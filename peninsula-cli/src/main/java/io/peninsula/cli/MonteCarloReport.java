package io.peninsula.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.MonteCarloResult.ActorOdds;
import io.peninsula.engine.analysis.MonteCarloResult.IssueStats;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link MonteCarloResult} as a table, the tidy CSV or JSON with provenance. */
final class MonteCarloReport {
  static final String CSV_HEADER = "option,issue,model,samples,mean,sd,p05,p50,p95";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final LoadedScenario loaded;
  private final List<PolicyOption> options;
  private final ModelConfig modelConfig;
  private final MonteCarloConfig config;
  private final MonteCarloResult r;

  MonteCarloReport(LoadedScenario loaded, List<PolicyOption> options, ModelConfig modelConfig, MonteCarloConfig config, MonteCarloResult r) {
    this.loaded = loaded;
    this.options = options;
    this.modelConfig = modelConfig;
    this.config = config;
    this.r = r;
  }

  String csv() {
    StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
    for (IssueStats s : r.issues())
      b.append(String.join(",", s.option(), s.issue(), r.model(), Long.toString(s.n()), n6(s.mean()), n6(s.sd()),
          n6(s.p05()), n6(s.p50()), n6(s.p95()))).append('\n');
    return b.toString();
  }

  private static String n6(double v) {
    return Double.isNaN(v) ? "" : Numbers.plain(v, 6);
  }

  String table() {
    Scenario s = loaded.scenario();
    StringBuilder b = new StringBuilder();
    b.append(s.metadata().id()).append(": ").append(s.metadata().title()).append('\n');
    b.append("model ").append(r.model()).append(", ").append(r.completed()).append(" samples")
        .append(r.cancelled() ? " (CANCELLED after " + r.completed() + " of " + r.requested() + ")" : "")
        .append(", seed ").append(r.seed()).append("; inputs drawn from their declared uncertainty, else ±")
        .append(Numbers.plain(config.defaults().positionHalfWidth() * 100, 2)).append("% of the scale, salience ±")
        .append(Numbers.plain(config.defaults().salienceHalfWidth(), 3)).append(", capability ±")
        .append(Numbers.plain(config.defaults().capabilityRelative() * 100, 2)).append("%\n\n");
    for (int k = 0; k < options.size(); k++)
      b.append("[").append(k + 1).append("] ").append(options.get(k).id()).append(": ").append(options.get(k).title()).append('\n');
    b.append("\nOutcome per option and issue (Δ = mean paired change from the baseline in the same sample)\n");
    boolean sq = r.issues().stream().anyMatch(st -> !Double.isNaN(st.pChange()));
    Table t = sq
        ? new Table(List.of("option", "issue", "mean", "sd", "p05", "p50", "p95", "Δ mean", "P(change)"),
            false, false, true, true, true, true, true, true, true)
        : new Table(List.of("option", "issue", "mean", "sd", "p05", "p50", "p95", "Δ mean"), false, false, true, true, true, true, true, true);
    for (IssueStats st : r.issues()) {
      List<String> row = new ArrayList<>(List.of(st.option(), st.issue(), f1(st.mean()), f1(st.sd()), f1(st.p05()), f1(st.p50()), f1(st.p95()),
          Double.isNaN(st.meanChange()) ? "" : CompareCommand.signed(st.meanChange(), 1)));
      if (sq) row.add(Double.isNaN(st.pChange()) ? "" : Numbers.fixed(st.pChange(), 2));
      t.row(row);
    }
    b.append(t.render());
    if (sq) b.append("P(change): share of samples whose outcome lies more than 1 point from the issue's status quo.\n");
    b.append("\nP(better off than baseline), per actor and option (same sample, linear salience-weighted loss)\n");
    List<String> header = new ArrayList<>(List.of("actor"));
    for (int k = 0; k < options.size(); k++) header.add("[" + (k + 1) + "]");
    boolean[] right = new boolean[header.size()];
    for (int c = 1; c < right.length; c++) right[c] = true;
    Table p = new Table(header, right);
    List<Actor> actors = s.actors();
    for (int a = 0; a < actors.size(); a++) {
      List<String> row = new ArrayList<>(List.of(actors.get(a).id()));
      for (int o = 0; o < options.size(); o++) {
        ActorOdds odds = r.actors().get(o * actors.size() + a);
        row.add(Double.isNaN(odds.probability()) ? "" : Numbers.fixed(odds.probability(), 2));
      }
      p.row(row);
    }
    b.append(p.render());
    return b.toString();
  }

  private static String f1(double v) {
    return Double.isNaN(v) ? "" : Numbers.fixed(v, 1);
  }

  Map<String, Object> runConfig() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("samples", config.samples());
    m.put("seed", config.seed());
    m.put("threads", config.threads());
    m.put("bins", config.bins());
    m.put("block", io.peninsula.engine.analysis.MonteCarlo.BLOCK);
    m.put("options", options.stream().map(PolicyOption::id).toList());
    m.put("default_position_half_width", config.defaults().positionHalfWidth());
    m.put("default_salience_half_width", config.defaults().salienceHalfWidth());
    m.put("default_capability_relative", config.defaults().capabilityRelative());
    m.put("model_parameters", modelConfig.parameters());
    m.put("max_iterations", modelConfig.maxIterations());
    return m;
  }

  String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("provenance", Provenance.of(loaded, r.model(), modelConfig));
    root.put("config", runConfig());
    root.put("requested", r.requested());
    root.put("completed", r.completed());
    root.put("cancelled", r.cancelled());
    root.put("issues", r.issues().stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("option", s.option());
      m.put("issue", s.issue());
      m.put("samples", s.n());
      m.put("mean", s.mean());
      m.put("sd", s.sd());
      m.put("p05", s.p05());
      m.put("p50", s.p50());
      m.put("p95", s.p95());
      m.put("min", s.min());
      m.put("max", s.max());
      m.put("mean_change", s.meanChange());
      if (!Double.isNaN(s.pChange())) m.put("p_change", s.pChange());
      return m;
    }).toList());
    root.put("actors", r.actors().stream().map(a -> Map.of("option", a.option(), "actor", a.actor(), "samples", a.n(),
        "better", a.better(), "p_better", a.probability())).toList());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
