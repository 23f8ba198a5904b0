package io.peninsula.cli;

import io.peninsula.engine.dynamics.ArmsFitResult;
import io.peninsula.engine.dynamics.HoldoutScore;
import io.peninsula.engine.dynamics.Interval;
import io.peninsula.engine.dynamics.RichardsonSystem;
import io.peninsula.app.dynamics.ArmsData;
import java.util.List;

/** Renders an {@link ArmsFitResult} as a table (coefficients, stability, holdout) or as CSV (holdout rows). */
final class ArmsReport {
  static final String CSV_HEADER =
      "model,first,second,data,fit_from,fit_to,holdout_from,holdout_to,years,rmse_one_step,rmse_dynamic";

  private final ArmsFitResult r;
  private final ArmsData source;

  ArmsReport(ArmsFitResult r, ArmsData source) {
    this.r = r;
    this.source = source;
  }

  String csv() {
    StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
    var c = r.config();
    String data = source.name();
    for (HoldoutScore s : r.scores())
      b.append(String.join(",", s.model(), r.first(), r.second(), data, "" + c.from(), "" + c.fitTo(),
          "" + c.holdoutFrom().orElseThrow(), "" + c.to(), "" + s.years(), Numbers.fixed(s.rmseOneStep(), 4),
          Numbers.fixed(s.rmseDynamic(), 4))).append('\n');
    return b.toString();
  }

  String table() {
    var c = r.config();
    RichardsonSystem p = r.point();
    var iv = r.intervals();
    StringBuilder b = new StringBuilder();
    b.append("Richardson arms model ").append(r.first()).append("-").append(r.second()).append(", fitted ")
        .append(c.from()).append("-").append(c.fitTo()).append(" (").append(c.fitTo() - c.from() + 1).append(" years)\n");
    b.append("data: ").append(source.citation()).append('\n');
    b.append("equations (natural logs): Δln X[t] = g + k ln Y[t-1] - a ln X[t-1], with X the state, Y its rival\n");
    b.append("intervals: ").append(Math.round(c.level() * 100)).append("% bootstrap percentile, ").append(iv.replicates())
        .append(" replicates, seed ").append(c.seed()).append("\n\n");
    Table t = new Table(List.of("state", "grievance g", "reaction k", "fatigue a"), false, true, true, true);
    t.row(List.of(r.first(), fmt(iv.firstGrievance()), fmt(iv.firstDefence()), fmt(iv.firstFatigue())));
    t.row(List.of(r.second(), fmt(iv.secondGrievance()), fmt(iv.secondDefence()), fmt(iv.secondFatigue())));
    b.append(t.render());
    b.append("\nresidual sd: ").append(Numbers.fixed(r.residualSd(), 4)).append(" log points a year\n");
    b.append("stability: spectral radius of the yearly map ").append(Numbers.fixed(p.spectralRadius(), 4))
        .append(p.stable() ? " < 1: the dyad converges to an equilibrium" : " >= 1: no stable equilibrium (a spiral or an unbounded drift)")
        .append("; stable in ").append(Numbers.plain(100 * iv.stableShare(), 1)).append("% of bootstrap replicates\n");
    p.equilibrium().filter(e -> p.stable()).ifPresent(e -> b.append("equilibrium: ").append(r.first()).append(" ")
        .append(money(e[0])).append(", ").append(r.second()).append(" ").append(money(e[1])).append(" (current US$ millions)\n"));
    if (!r.scores().isEmpty()) {
      b.append("\nout of sample ").append(c.holdoutFrom().orElseThrow()).append("-").append(c.to())
          .append(" (").append(r.scores().get(0).years()).append(" years), RMSE in log points (0.05 ≈ 5%), both states pooled:\n");
      Table h = new Table(List.of("model", "one-step", "dynamic"), false, true, true);
      for (HoldoutScore s : r.scores()) h.row(List.of(s.model(), Numbers.fixed(s.rmseOneStep(), 4), Numbers.fixed(s.rmseDynamic(), 4)));
      b.append(h.render());
      HoldoutScore w = r.winner().orElseThrow();
      HoldoutScore w1 = r.scores().stream().min(java.util.Comparator.comparingDouble(HoldoutScore::rmseOneStep)).orElseThrow();
      b.append("best dynamic forecast: ").append(w.model()).append("; best one-step: ").append(w1.model()).append('\n');
    }
    return b.toString();
  }

  private static String fmt(Interval i) {
    return Numbers.fixed(i.estimate(), 4) + " [" + Numbers.fixed(i.low(), 4) + ", " + Numbers.fixed(i.high(), 4) + "]";
  }

  private static String money(double log) {
    return Numbers.plain(Math.exp(log), 0);
  }
}
