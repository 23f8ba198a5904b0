package io.peninsula.cli;

import io.peninsula.app.scenario.LoadedScenario;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.engine.security.AllianceGame;
import io.peninsula.engine.security.CrisisBargaining;
import io.peninsula.engine.security.Derived;
import io.peninsula.engine.security.DeterrenceGame;
import io.peninsula.engine.security.Payoff;
import io.peninsula.engine.security.SecurityDilemmaGame;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The output of {@code game build}: a summary (classification, thresholds, risks), the payoff
 * matrix of 2×2 games, each payoff with its formula, the derived values with their sources, and
 * the equilibria, as a table or as JSON.
 */
record SecurityGameReport(String kind, LoadedScenario scenario, String title, String model, List<String> summary,
    Optional<StrategicGame> strategic, Optional<ExtensiveGame> extensive, List<Payoff> payoffs, List<Derived> derivation,
    String solver, List<String> equilibria, Map<String, Object> analysis) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static SecurityGameReport of(LoadedScenario sc, SecurityDilemmaGame.Result r) {
    List<String> summary = new ArrayList<>();
    summary.add("classification: " + r.classification());
    Map<String, Object> analysis = new LinkedHashMap<>();
    analysis.put("classification", r.classification());
    List<Object> players = new ArrayList<>();
    for (var p : r.players()) {
      summary.add("  " + p.actor() + ": " + p.type().label() + " (temptation T − R = " + n(p.temptation()) + ", fear P − S = " + n(p.fear()) + ")");
      players.add(map("actor", p.actor(), "class", p.type().label(), "temptation", p.temptation(), "fear", p.fear()));
    }
    analysis.put("players", players);
    return new SecurityGameReport("security-dilemma", sc, r.game().title(),
        "Jervis (1978) security dilemma: e = o·(1 − d); R = −p_j·w, T = e·p_i·w − k, S = −p_j·w − e·w, P = −k",
        summary, Optional.of(r.game()), Optional.empty(), r.payoffs(), r.derivation(), "enummixed", strategicLines(r.game(), r.equilibria()),
        analysis);
  }

  static SecurityGameReport of(LoadedScenario sc, DeterrenceGame.Result r, DeterrenceGame.Result other) {
    List<String> summary = new ArrayList<>();
    Map<String, Object> analysis = new LinkedHashMap<>();
    summary.add("variant " + r.variant().label() + ": " + describe(r));
    summary.add("  defender's threat credible: " + yes(r.defenderCredible()) + " (credible iff τ > τ* = " + n(r.tripwireThreshold()) + ")");
    summary.add("  challenger's threat credible: " + yes(r.challengerCredible()) + " (credible iff b > b* = " + n(r.backdownThreshold()) + ")");
    summary.add("  under uncertainty, deterred iff P(defender resists) > q* = "
        + (r.beliefThreshold().isPresent() ? n(r.beliefThreshold().getAsDouble()) : "none (the challenger gains even when resisted)"));
    summary.add("variant " + other.variant().label() + ": " + describe(other) + "; defender credible: " + yes(other.defenderCredible()));
    analysis.put("variant", r.variant().label());
    analysis.put("outcome", r.outcome());
    analysis.put("deterrenceHolds", r.deterrenceHolds());
    analysis.put("defenderCredible", r.defenderCredible());
    analysis.put("challengerCredible", r.challengerCredible());
    analysis.put("tripwireThreshold", r.tripwireThreshold());
    analysis.put("backdownThreshold", r.backdownThreshold());
    analysis.put("beliefThreshold", r.beliefThreshold().isPresent() ? r.beliefThreshold().getAsDouble() : null);
    analysis.put("otherVariant", map("variant", other.variant().label(), "outcome", other.outcome(), "deterrenceHolds",
        other.deterrenceHolds(), "defenderCredible", other.defenderCredible()));
    List<String> eq = new ArrayList<>();
    var g = r.game();
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < g.numPlayers(); p++)
      for (int i = 0; i < g.infoSets(p).size(); i++) {
        var set = g.infoSets(p).get(i);
        for (int a = 0; a < set.numActions(); a++)
          if (r.spe().probability(p, i, a).signum() > 0) parts.add(g.players().get(p) + " " + set.label() + ": " + set.actions().get(a));
      }
    eq.add("1. " + String.join("; ", parts) + " → " + r.outcome());
    return new SecurityGameReport("deterrence", sc, g.title(),
        "Zagare & Kilgour (2000) Unilateral Deterrence Game, complete information; trip wire τ, war cost c = κ_conv·p_j + κ_nuc·N_j",
        summary, Optional.empty(), Optional.of(g), r.payoffs(), r.derivation(), "spe", eq, analysis);
  }

  static SecurityGameReport of(LoadedScenario sc, AllianceGame.Result r) {
    List<String> summary = new ArrayList<>();
    Map<String, Object> analysis = new LinkedHashMap<>();
    summary.add("classification: " + r.classification());
    r.relation().ifPresent(rel -> summary.add("treaty: " + rel.id() + " (" + rel.type().name().toLowerCase(java.util.Locale.ROOT) + ")"));
    List<Object> allies = new ArrayList<>();
    for (var a : r.allies()) {
      summary.add("  " + a.actor() + ": " + a.type().label() + "; commits iff P(partner commits) ≥ q* = " + n(a.commitThreshold())
          + " (tolerable abandonment risk " + (a.tolerableAbandonmentRisk() < 0 ? "none: hedging dominates" : n(a.tolerableAbandonmentRisk())) + ")");
      allies.add(map("actor", a.actor(), "class", a.type().label(), "commitThreshold", finite(a.commitThreshold()),
          "tolerableAbandonmentRisk", finite(a.tolerableAbandonmentRisk())));
    }
    r.riskDominant().ifPresent(d -> summary.add("risk-dominant equilibrium: " + d));
    analysis.put("classification", r.classification());
    analysis.put("allies", allies);
    analysis.put("riskDominant", r.riskDominant().orElse(null));
    List<String> names = r.game().players();
    List<String> eq = strategicLines(r.game(), r.equilibria().stream().map(AllianceGame.Risks::equilibrium).toList());
    List<Object> risks = new ArrayList<>();
    for (int k = 0; k < r.equilibria().size(); k++) {
      var x = r.equilibria().get(k);
      eq.set(k, eq.get(k) + "\n     abandonment risk " + names.get(0) + " " + n(x.abandonment().get(0)) + ", " + names.get(1) + " "
          + n(x.abandonment().get(1)) + "; entrapment risk " + names.get(0) + " " + n(x.entrapment().get(0)) + ", " + names.get(1) + " "
          + n(x.entrapment().get(1)));
      risks.add(map("abandonment", x.abandonment(), "entrapment", x.entrapment()));
    }
    analysis.put("risks", risks);
    return new SecurityGameReport("alliance", sc, r.game().title(),
        "Snyder (1984) alliance security dilemma: β = D·σ, ε = δ·σ; CC = β − ε, HC = γ·β, CH = −ε, HH = 0",
        summary, Optional.of(r.game()), Optional.empty(), r.payoffs(), r.derivation(), "enummixed", eq, analysis);
  }

  static SecurityGameReport of(LoadedScenario sc, CrisisBargaining.Result r) {
    List<String> summary = new ArrayList<>();
    Map<String, Object> analysis = new LinkedHashMap<>();
    var issue = r.issue();
    String resp = r.game().players().get(1);
    summary.add("issue " + issue.id() + ": " + r.game().players().get(0) + " at " + n(r.positionProposer()) + ", " + resp + " at "
        + n(r.positionResponder()) + "; shares are " + resp + "'s");
    summary.add("bargaining range [p_R − c_R, p_R + c_P] = [" + n(r.rangeLow()) + ", " + n(r.rangeHigh()) + "]: positions "
        + n(r.position(clip(r.rangeLow()))) + " to " + n(r.position(clip(r.rangeHigh()))));
    summary.add("responder's cost uniform on [" + n(r.costLow()) + ", " + n(r.costHigh()) + "]");
    summary.add("optimal offer y* = " + n(r.offer()) + " → position " + n(r.position(r.offer())) + describe(issue.describe(r.position(r.offer()))));
    summary.add("probability of war " + n(r.warProbability()));
    summary.add("grid game (spe): offer " + n(r.gridOffer()) + ", war in " + n(r.gridWarProbability()) + " of the cost types");
    if (!r.proposerThreatCredible())
      summary.add("caution: the proposer's war payoff p_P − c_P ≤ 0: it would rather concede everything than fight, so its threat is not credible");
    analysis.put("issue", issue.id());
    analysis.put("rangeLow", r.rangeLow());
    analysis.put("rangeHigh", r.rangeHigh());
    analysis.put("costLow", r.costLow());
    analysis.put("costHigh", r.costHigh());
    analysis.put("offer", r.offer());
    analysis.put("offerPosition", r.position(r.offer()));
    analysis.put("warProbability", r.warProbability());
    analysis.put("gridOffer", r.gridOffer());
    analysis.put("gridWarProbability", r.gridWarProbability());
    analysis.put("proposerThreatCredible", r.proposerThreatCredible());
    List<String> eq = List.of("1. " + r.game().players().get(0) + " offers " + n(r.gridOffer()) + "; " + resp
        + " accepts iff the offer is at least p_R − its cost");
    return new SecurityGameReport("crisis-bargaining", sc, r.game().title(),
        "Fearon (1995) bargaining range and risk-return trade-off: y* = p_R + (c_P − c̄)/2, P(war) = 1 − F(y*)",
        summary, Optional.empty(), Optional.of(r.game()), List.of(), r.derivation(), "spe", eq, analysis);
  }

  String table(Optional<String> written) {
    StringBuilder b = new StringBuilder();
    b.append(title).append('\n').append("model: ").append(model).append('\n').append("scenario: ").append(scenario.origin()).append('\n');
    for (String s : summary) b.append(s).append('\n');
    strategic.ifPresent(g -> {
      b.append("\npayoffs (").append(g.players().get(0)).append(", ").append(g.players().get(1)).append("):\n");
      b.append(GameCommand.Show.payoffMatrix(g, SecurityGameReport::dec).render());
    });
    if (!payoffs.isEmpty()) {
      b.append("\npayoff derivation:\n");
      Table t = new Table(List.of("player", "outcome", "payoff", "formula"), false, false, true, false);
      for (Payoff p : payoffs) t.row(List.of(p.player(), p.outcome(), dec(p.value()), p.formula()));
      b.append(t.render());
    }
    b.append("\nderived from the scenario:\n");
    Table t = new Table(List.of("symbol", "value", "formula", "sources"), false, true, false, false);
    for (Derived d : derivation) t.row(List.of(d.symbol(), n(d.value()), d.formula(), String.join(", ", d.sources())));
    b.append(t.render());
    b.append("\nequilibria (").append(solver).append("):\n");
    for (String e : equilibria) b.append("  ").append(e).append('\n');
    written.ifPresent(f -> b.append("\ngame written to ").append(f).append('\n'));
    return b.toString();
  }

  String json(Optional<String> written) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kind", kind);
    root.put("title", title);
    root.put("model", model);
    root.put("scenario", map("origin", scenario.origin(), "sha256", scenario.sha256()));
    root.put("provenance", map("app", "peninsula " + Cli.version(), "java", System.getProperty("java.version"),
        "engine", "io.peninsula.engine.security (" + kind + ")"));
    root.put("analysis", analysis);
    strategic.ifPresent(g -> root.put("game", map("players", g.players(), "strategies", g.strategies())));
    extensive.ifPresent(g -> root.put("game", map("players", g.players(), "outcomes", g.outcomes().size(), "nodes", g.nodes().size())));
    List<Object> pay = new ArrayList<>();
    for (Payoff p : payoffs) pay.add(map("player", p.player(), "outcome", p.outcome(), "value", p.value().toString(), "decimal", p.value().doubleValue(),
        "formula", p.formula()));
    root.put("payoffs", pay);
    List<Object> der = new ArrayList<>();
    for (Derived d : derivation) der.add(map("symbol", d.symbol(), "value", finite(d.value()), "formula", d.formula(), "sources", d.sources()));
    root.put("derivation", der);
    root.put("solver", solver);
    root.put("equilibria", equilibria);
    root.put("written", written.orElse(null));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strategicLines(StrategicGame g, List<MixedProfile> eq) {
    List<String> out = new ArrayList<>();
    int k = 1;
    for (MixedProfile x : eq) out.add(k++ + ". " + EquilibriumReport.profile(g, x));
    return out;
  }

  private static String describe(DeterrenceGame.Result r) {
    return r.outcome() + " — deterrence " + (r.deterrenceHolds() ? "holds" : "fails");
  }

  private static String describe(String label) {
    return label.isEmpty() ? "" : " (" + label + ")";
  }

  private static double clip(double y) {
    return Math.max(0, Math.min(1, y));
  }

  private static Object finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
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
