package io.peninsula.app.games;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.DominanceReduction.Elimination;
import io.peninsula.engine.equilibrium.DominanceReduction.Round;
import io.peninsula.engine.equilibrium.ExtensivePayoffs;
import io.peninsula.engine.equilibrium.StrategicPayoffs;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.InfoSet;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.List;
import java.util.Optional;

/**
 * The JSON results of the game services: the game's players and strategies (or information sets),
 * the method, and each equilibrium as exact rational strings with the expected payoffs. Every
 * profile has been verified by its solver, hence {@code "verified": true}.
 */
public final class GameJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private GameJson() {}

  /** Expected payoffs of a mixed profile, one per player. */
  public static Rational[] expected(StrategicGame g, MixedProfile x) {
    Rational[] v = new Rational[g.numPlayers()];
    for (int p = 0; p < v.length; p++) v[p] = StrategicPayoffs.expected(g, x, p);
    return v;
  }

  static ObjectNode strategic(StrategicGame g, String method, Optional<DominanceReduction> reduction, List<MixedProfile> eq) {
    ObjectNode root = head(g.title(), "strategic", g.players(), method);
    ArrayNode strategies = root.putArray("strategies");
    for (List<String> s : g.strategies()) strategies.add(strings(s));
    reduction.ifPresent(r -> root.set("eliminated", eliminations(r)));
    ArrayNode out = root.putArray("equilibria");
    for (MixedProfile x : eq) {
      ObjectNode e = out.addObject();
      ArrayNode prof = e.putArray("profile");
      for (List<Rational> row : x.probabilities()) prof.add(rationals(row));
      e.set("payoffs", rationals(List.of(expected(g, x))));
      e.put("verified", true);
    }
    return root;
  }

  static ObjectNode extensive(ExtensiveGame g, String method, List<BehaviorProfile> eq) {
    ObjectNode root = head(g.title(), "extensive", g.players(), method);
    ArrayNode sets = root.putArray("infoSets");
    for (int p = 0; p < g.numPlayers(); p++) {
      ArrayNode mine = sets.addArray();
      for (InfoSet s : g.infoSets(p)) {
        ObjectNode o = mine.addObject();
        o.put("label", s.label());
        o.set("actions", strings(s.actions()));
      }
    }
    ArrayNode out = root.putArray("equilibria");
    for (BehaviorProfile x : eq) {
      ObjectNode e = out.addObject();
      ArrayNode prof = e.putArray("profile");
      for (List<List<Rational>> player : x.probabilities()) {
        ArrayNode ps = prof.addArray();
        for (List<Rational> set : player) ps.add(rationals(set));
      }
      e.set("payoffs", rationals(List.of(ExtensivePayoffs.expected(g, x))));
      e.put("verified", true);
    }
    return root;
  }

  /** The rounds of a dominance reduction and the strategies kept. */
  public static ObjectNode eliminations(DominanceReduction red) {
    StrategicGame g = red.original();
    ObjectNode root = F.objectNode();
    ArrayNode rounds = root.putArray("rounds");
    for (Round r : red.rounds()) {
      ArrayNode round = rounds.addArray();
      for (Elimination e : r.eliminated()) {
        ObjectNode o = round.addObject();
        o.put("player", g.players().get(e.player()));
        o.put("strategy", e.label());
        ObjectNode by = o.putObject("dominatedBy");
        for (int s = 0; s < e.dominator().size(); s++)
          if (e.dominator().get(s).signum() != 0) by.put(g.strategies().get(e.player()).get(s), e.dominator().get(s).toString());
      }
    }
    ArrayNode kept = root.putArray("kept");
    for (List<String> s : red.reduced().strategies()) kept.add(strings(s));
    return root;
  }

  private static ObjectNode head(String title, String form, List<String> players, String method) {
    ObjectNode root = F.objectNode();
    root.put("title", title);
    root.put("form", form);
    root.set("players", strings(players));
    root.put("method", method);
    return root;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(a::add);
    return a;
  }

  static ArrayNode rationals(List<Rational> values) {
    ArrayNode a = F.arrayNode();
    values.forEach(v -> a.add(v.toString()));
    return a;
  }
}
