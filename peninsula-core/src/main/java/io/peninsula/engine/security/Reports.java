package io.peninsula.engine.security;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small text helpers shared by the games' {@link SecurityGame.Built} views. */
final class Reports {
  private Reports() {}

  /** "1. A: Restrain; B: Restrain 1/2, Arm 1/2" per equilibrium. */
  static List<String> strategicLines(StrategicGame g, List<MixedProfile> eq) {
    List<String> out = new ArrayList<>();
    int k = 1;
    for (MixedProfile x : eq) {
      List<String> parts = new ArrayList<>();
      for (int p = 0; p < g.numPlayers(); p++) {
        List<String> mix = new ArrayList<>();
        for (int a = 0; a < g.strategies().get(p).size(); a++) {
          Rational pr = x.probability(p, a);
          if (pr.signum() == 0) continue;
          mix.add(g.strategies().get(p).get(a) + (pr.equals(Rational.ONE) ? "" : " " + ScenarioValues.num(pr.doubleValue())));
        }
        parts.add(g.players().get(p) + ": " + String.join(", ", mix));
      }
      out.add(k++ + ". " + String.join("; ", parts));
    }
    return out;
  }

  /** The equilibria's supports, "A: Hedge; B: Hedge | A: Commit, Hedge; B: Commit, Hedge", without the probabilities. */
  static String supports(StrategicGame g, List<MixedProfile> eq) {
    List<String> out = new ArrayList<>();
    for (MixedProfile x : eq) {
      List<String> parts = new ArrayList<>();
      for (int p = 0; p < g.numPlayers(); p++) {
        List<String> sup = new ArrayList<>();
        for (int a = 0; a < g.strategies().get(p).size(); a++) if (x.probability(p, a).signum() != 0) sup.add(g.strategies().get(p).get(a));
        parts.add(g.players().get(p) + ": " + String.join(", ", sup));
      }
      out.add(String.join("; ", parts));
    }
    return String.join(" | ", out);
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }
}
