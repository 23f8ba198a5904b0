package io.peninsula.cli;

import io.peninsula.app.bargaining.MonteCarloOutcome;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.MonteCarloResult.ActorOdds;
import io.peninsula.engine.analysis.MonteCarloResult.IssueStats;
import io.peninsula.model.Actor;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link MonteCarloResult} as a table, the tidy CSV or JSON with provenance. */
final class MonteCarloReport {
  static final String CSV_HEADER = "option,issue,model,samples,mean,sd,p05,p50,p95";

  private final LoadedScenario loaded;
  private final List<PolicyOption> options;
  private final MonteCarloConfig config;
  private final MonteCarloResult r;

  MonteCarloReport(MonteCarloOutcome outcome) {
    this.loaded = outcome.loaded();
    this.options = outcome.options();
    this.config = outcome.config();
    this.r = outcome.result();
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
    Table t = new Table(List.of("option", "issue", "mean", "sd", "p05", "p50", "p95", "Δ mean"), false, false, true, true, true, true, true, true);
    for (IssueStats st : r.issues())
      t.row(List.of(st.option(), st.issue(), f1(st.mean()), f1(st.sd()), f1(st.p05()), f1(st.p50()), f1(st.p95()),
          Double.isNaN(st.meanChange()) ? "" : CompareCommand.signed(st.meanChange(), 1)));
    b.append(t.render());
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
}
