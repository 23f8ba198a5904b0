package io.peninsula.cli;

import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.security.Derived;
import io.peninsula.engine.security.Payoff;
import io.peninsula.engine.security.Robustness;
import io.peninsula.engine.security.ScenarioValues;
import io.peninsula.engine.security.SecurityGame;
import io.peninsula.game.Rational;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The output of {@code game build}, rendered from a {@link SecurityGame.Built}: the verdict lines,
 * the payoff matrix of strategic games, each payoff with its formula, the derived values with their
 * basis (data, mapping, judgement, option, derived) and sources, the equilibria, and optionally
 * the robustness sweeps and the rationale of every judgement and mapping, as a table (the JSON is the
 * service's, {@link io.peninsula.app.games.GameBuildOutcome#resultJson()}).
 */
record SecurityGameReport(String kind, LoadedScenario scenario, SecurityGame.Built built) {
  static SecurityGameReport of(String kind, LoadedScenario sc, SecurityGame.Built b) {
    return new SecurityGameReport(kind, sc, b);
  }

  String table(Optional<String> written, List<Robustness.Sweep> sweeps, boolean explain) {
    StringBuilder b = new StringBuilder();
    b.append(built.title()).append('\n').append("model: ").append(built.model()).append('\n');
    b.append("unit: ").append(ScenarioValues.UNIT).append('\n');
    b.append("scenario: ").append(scenario.origin()).append('\n');
    for (String s : built.summary()) b.append(s).append('\n');
    built.strategic().ifPresent(g -> {
      b.append("\npayoffs (").append(g.players().get(0)).append(", ").append(g.players().get(1)).append("):\n");
      b.append(GameCommand.Show.payoffMatrix(g, SecurityGameReport::dec).render());
    });
    if (!built.payoffs().isEmpty()) {
      b.append("\npayoff derivation:\n");
      Table t = new Table(List.of("player", "outcome", "payoff", "formula"), false, false, true, false);
      for (Payoff p : built.payoffs()) t.row(List.of(p.player(), p.outcome(), dec(p.value()), p.formula()));
      b.append(t.render());
    }
    b.append("\nderived from the scenario (basis: data, mapping = an analyst's reading of data, judgement = a default, option = given; "
        + "--explain gives the reasons):\n");
    Table t = new Table(List.of("symbol", "value", "basis", "formula", "sources"), false, true, false, false, false);
    for (Derived d : built.derivation()) t.row(List.of(d.symbol(), n(d.value()), d.basis().label(), d.formula(), String.join(", ", d.sources())));
    b.append(t.render());
    b.append("\nequilibria (").append(built.solver()).append("):\n");
    for (String e : built.equilibriumLines()) b.append("  ").append(e).append('\n');
    if (!sweeps.isEmpty()) {
      b.append("\nrobustness (one parameter at a time over its documented range, all else held; verdict: ")
          .append(String.join("; ", built.verdict())).append("):\n");
      Table r = new Table(List.of("parameter", "value", "range", "verdict holds on", "margin", "first change"), false, true, false, false, true, false);
      for (Robustness.Sweep s : sweeps) {
        double lo = s.below().map(Robustness.Flip::at).orElse(s.param().low());
        double hi = s.above().map(Robustness.Flip::at).orElse(s.param().high());
        r.row(List.of(s.param().symbol() + " (" + s.param().option() + ")", n(s.value()), "[" + n(s.param().low()) + ", " + n(s.param().high()) + "]",
            (s.below().isPresent() ? "(" : "[") + n(lo) + ", " + n(hi) + (s.above().isPresent() ? ")" : "]"),
            s.margin().isPresent() ? n(s.margin().getAsDouble()) : "whole range", firstChange(s)));
      }
      b.append(r.render());
    }
    if (explain) {
      b.append("\nwhy (judgements and mappings):\n");
      Set<String> seen = new LinkedHashSet<>();
      for (Derived d : built.derivation())
        d.rationale().ifPresent(why -> {
          String key = d.basis() + d.symbol().replaceAll("\\[.*", "") + why;
          if (seen.add(key)) b.append("  ").append(d.symbol()).append(" (").append(d.basis().label()).append("): ").append(why).append('\n');
        });
    }
    written.ifPresent(f -> b.append("\ngame written to ").append(f).append('\n'));
    return b.toString();
  }

  private static String firstChange(Robustness.Sweep s) {
    Optional<Robustness.Flip> f = s.margin().isEmpty() ? Optional.empty()
        : s.below().isPresent() && (s.above().isEmpty() || s.value() - s.below().get().at() <= s.above().get().at() - s.value()) ? s.below() : s.above();
    return f.map(x -> "at " + n(x.at()) + ": " + String.join("; ", x.after())).orElse("none");
  }

  private static String n(double v) {
    return Double.isFinite(v) ? Numbers.plain(v, 4) : "∞";
  }

  private static String dec(Rational r) {
    return Numbers.plain(r.doubleValue(), Payoff.DECIMALS);
  }
}
