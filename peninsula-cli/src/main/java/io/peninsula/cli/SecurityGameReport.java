package io.peninsula.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.engine.security.Derived;
import io.peninsula.engine.security.Payoff;
import io.peninsula.engine.security.Robustness;
import io.peninsula.engine.security.ScenarioValues;
import io.peninsula.engine.security.SecurityGame;
import io.peninsula.game.Rational;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The output of {@code game build}, rendered from a {@link SecurityGame.Built}: the verdict lines,
 * the payoff matrix of strategic games, each payoff with its formula, the derived values with their
 * basis (data, mapping, judgement, option, derived) and sources, the equilibria, and optionally
 * the robustness sweeps and the rationale of every judgement and mapping; as a table or as JSON.
 */
record SecurityGameReport(String kind, LoadedScenario scenario, SecurityGame.Built built) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

  String json(Optional<String> written, List<Robustness.Sweep> sweeps, boolean explain) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kind", kind);
    root.put("title", built.title());
    root.put("model", built.model());
    root.put("unit", ScenarioValues.UNIT);
    root.put("scenario", map("origin", scenario.origin(), "sha256", scenario.sha256()));
    root.put("provenance", map("app", "peninsula " + Cli.version(), "java", System.getProperty("java.version"),
        "engine", "io.peninsula.engine.security (" + kind + ")"));
    root.put("verdict", built.verdict());
    root.put("analysis", built.analysis());
    built.strategic().ifPresent(g -> root.put("game", map("players", g.players(), "strategies", g.strategies())));
    built.extensive().ifPresent(g -> root.put("game", map("players", g.players(), "outcomes", g.outcomes().size(), "nodes", g.nodes().size())));
    List<Object> pay = new ArrayList<>();
    for (Payoff p : built.payoffs())
      pay.add(map("player", p.player(), "outcome", p.outcome(), "value", p.value().toString(), "decimal", p.value().doubleValue(),
          "formula", p.formula()));
    root.put("payoffs", pay);
    List<Object> der = new ArrayList<>();
    for (Derived d : built.derivation()) {
      Map<String, Object> m = map("symbol", d.symbol(), "value", finite(d.value()), "basis", d.basis().label(), "formula", d.formula(),
          "sources", d.sources());
      if (explain) d.rationale().ifPresent(why -> m.put("rationale", why));
      der.add(m);
    }
    root.put("derivation", der);
    root.put("solver", built.solver());
    root.put("equilibria", built.equilibriumLines());
    if (!sweeps.isEmpty()) {
      List<Object> rob = new ArrayList<>();
      for (Robustness.Sweep s : sweeps)
        rob.add(map("parameter", s.param().name(), "symbol", s.param().symbol(), "value", s.value(), "low", s.param().low(), "high",
            s.param().high(), "flipBelow", s.below().map(f -> map("at", f.at(), "before", f.before(), "after", f.after())).orElse(null),
            "flipAbove", s.above().map(f -> map("at", f.at(), "before", f.before(), "after", f.after())).orElse(null),
            "margin", s.margin().isPresent() ? s.margin().getAsDouble() : null));
      root.put("robustness", rob);
    }
    root.put("written", written.orElse(null));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static String n(double v) {
    return Double.isFinite(v) ? Numbers.plain(v, 4) : "∞";
  }

  private static String dec(Rational r) {
    return Numbers.plain(r.doubleValue(), Payoff.DECIMALS);
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
