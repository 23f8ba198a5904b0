package io.peninsula.web.ops;

import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Games as JSON for the workbench: a strategic game's payoff cells, an extensive game's outline, equilibria. */
final class GameJson {
  private GameJson() {}

  static Map<String, Object> strategic(StrategicGame g, List<MixedProfile> equilibria) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("form", "strategic");
    m.put("title", g.title());
    m.put("players", g.players());
    m.put("strategies", g.strategies());
    List<Object> cells = new ArrayList<>();
    for (int i = 0; i < g.numProfiles(); i++) {
      int[] p = g.profile(i);
      List<Double> pay = new ArrayList<>();
      for (int k = 0; k < g.numPlayers(); k++) pay.add(g.payoff(i, k).doubleValue());
      List<Integer> prof = new ArrayList<>();
      for (int x : p) prof.add(x);
      cells.add(io.peninsula.app.JsonFields.of("profile", prof, "payoffs", pay));
    }
    m.put("cells", cells);
    m.put("equilibria", equilibria.stream().map(GameJson::mixed).toList());
    return m;
  }

  static List<List<Map<String, Object>>> mixed(MixedProfile p) {
    List<List<Map<String, Object>>> out = new ArrayList<>();
    for (List<Rational> player : p.probabilities()) out.add(player.stream().map(GameJson::rational).toList());
    return out;
  }

  static Map<String, Object> rational(Rational r) {
    return io.peninsula.app.JsonFields.of("exact", r.toString(), "value", r.doubleValue());
  }

  static Map<String, Object> extensive(ExtensiveGame g, List<BehaviorProfile> equilibria) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("form", "extensive");
    m.put("title", g.title());
    m.put("players", g.players());
    m.put("root", node(g, g.root()));
    m.put("equilibria", equilibria.stream().map(b -> b.probabilities().stream()
        .map(player -> player.stream().map(set -> set.stream().map(GameJson::rational).toList()).toList()).toList()).toList());
    return m;
  }

  private static Map<String, Object> node(ExtensiveGame g, GameNode n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", n.label());
    if (n.isChance()) m.put("player", "chance");
    else if (!n.isTerminal()) {
      m.put("player", g.players().get(n.player()));
      m.put("info_set", n.infoSet());
    }
    n.outcome().ifPresent(o -> m.put("payoffs", o.payoffs().stream().map(Rational::doubleValue).toList()));
    if (!n.children().isEmpty()) m.put("children", n.children().stream().map(c -> node(g, c)).toList());
    return m;
  }
}
