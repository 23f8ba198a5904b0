package io.peninsula.app.games;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.security.Derived;
import io.peninsula.engine.security.Payoff;
import io.peninsula.engine.security.Robustness;
import io.peninsula.engine.security.ScenarioValues;
import io.peninsula.engine.security.SecurityGame;
import io.peninsula.formats.gambit.EfgWriter;
import io.peninsula.formats.gambit.NfgWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built security game: the game with its verdict, payoffs, derivation and equilibria, the
 * robustness sweeps when asked for, and the scenario it was built from.
 */
public record GameBuildOutcome(Provenance provenance, GameBuildRequest request, LoadedScenario loaded, SecurityGame.Built built,
    List<Robustness.Sweep> sweeps) implements ServiceResult {
  public GameBuildOutcome {
    sweeps = List.copyOf(sweeps);
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  /** The file extension of the game's Gambit form: {@code .nfg} for strategic games, {@code .efg} for trees. */
  public String gambitExtension() {
    return built.strategic().isPresent() ? ".nfg" : ".efg";
  }

  /** The game in Gambit's text format. */
  public String gambit() {
    return built.strategic().map(NfgWriter::write).orElseGet(() -> EfgWriter.write(built.extensive().orElseThrow()));
  }

  /**
   * The {@code result} object: kind, title, model, unit, scenario, verdict, analysis, game, payoffs
   * (exact and decimal), derivation (with each judgement's rationale when the request explains),
   * solver, equilibria, robustness when swept, and the Gambit file written ({@code null}: none).
   */
  @Override
  public Map<String, Object> resultJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kind", request.kind());
    root.put("title", built.title());
    root.put("model", built.model());
    root.put("unit", ScenarioValues.UNIT);
    root.put("scenario", map("origin", loaded.origin(), "sha256", loaded.sha256()));
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
      if (request.explain()) d.rationale().ifPresent(why -> m.put("rationale", why));
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
    root.put("written", request.out().orElse(null));
    return root;
  }

  private static Object finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
