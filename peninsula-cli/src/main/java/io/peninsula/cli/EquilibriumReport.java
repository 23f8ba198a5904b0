package io.peninsula.cli;

import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.ExtensivePayoffs;
import io.peninsula.engine.equilibrium.StrategicPayoffs;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.InfoSet;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders the equilibria of {@code game solve}: {@code gambit} (one {@code NE,…} line per
 * equilibrium, as Gambit's tools print with {@code -q}), {@code table} (labels and each player's
 * expected payoff) or {@code json} (the game's players and strategies or information sets, the
 * method, and each equilibrium as exact rational strings with the expected payoffs). Every
 * profile given here has already been verified as an equilibrium by its solver, hence
 * {@code "verified": true}.
 */
final class EquilibriumReport {
  static final List<String> FORMATS = List.of("gambit", "table", "json");

  private EquilibriumReport() {}

  /** One line as Gambit's tools print with -q: {@code NE,} and the probabilities; just {@code NE} when there are none. */
  static String gambitLine(List<Rational> probabilities) {
    return (probabilities.isEmpty() ? "NE" : "NE," + join(probabilities)) + "\n";
  }

  static String strategic(StrategicGame g, String method, Optional<DominanceReduction> reduction, List<MixedProfile> eq, String format) {
    return switch (format) {
      case "gambit" -> eq.stream().map(x -> gambitLine(x.probabilities().stream().flatMap(List::stream).toList())).collect(Collectors.joining());
      case "table" -> strategicTable(g, method, reduction, eq);
      default -> throw new IllegalArgumentException("json comes from the service: GameSolveOutcome.json()");
    };
  }

  static String extensive(ExtensiveGame g, String method, List<BehaviorProfile> eq, String format) {
    return switch (format) {
      case "gambit" -> eq.stream()
          .map(b -> gambitLine(b.probabilities().stream().flatMap(List::stream).flatMap(List::stream).toList()))
          .collect(Collectors.joining());
      case "table" -> extensiveTable(g, method, eq);
      default -> throw new IllegalArgumentException("json comes from the service: GameSolveOutcome.json()");
    };
  }

  private static String join(List<Rational> values) {
    return values.stream().map(Rational::toString).collect(Collectors.joining(","));
  }

  private static String header(String title, int count, String method) {
    return title + ": " + count + " equilibri" + (count == 1 ? "um" : "a") + " (" + method + ")\n";
  }

  private static String payoffs(List<String> players, Rational[] v) {
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < players.size(); p++) parts.add(players.get(p) + " " + v[p]);
    return "payoffs " + String.join(", ", parts);
  }

  private static Rational[] expected(StrategicGame g, MixedProfile x) {
    Rational[] v = new Rational[g.numPlayers()];
    for (int p = 0; p < v.length; p++) v[p] = StrategicPayoffs.expected(g, x, p);
    return v;
  }

  private static String strategicTable(StrategicGame g, String method, Optional<DominanceReduction> reduction, List<MixedProfile> eq) {
    StringBuilder b = new StringBuilder(header(g.title(), eq.size(), method));
    reduction.filter(r -> r.eliminatedCount() == 0).ifPresent(r -> b.append("  no strictly dominated strategy to eliminate\n"));
    reduction.filter(r -> r.eliminatedCount() > 0).ifPresent(r -> b.append("  solved after eliminating ").append(r.eliminatedCount()).append(" strictly dominated strateg")
        .append(r.eliminatedCount() == 1 ? "y" : "ies").append(" in ").append(r.rounds().size()).append(" round")
        .append(r.rounds().size() == 1 ? "" : "s").append(" (game reduce shows them)\n"));
    int k = 1;
    for (MixedProfile x : eq)
      b.append("  ").append(k++).append(". ").append(profile(g, x)).append("; ").append(payoffs(g.players(), expected(g, x))).append('\n');
    return b.toString();
  }

  /** A profile as "Row: U; Col: L 1/3, R 2/3": each player's support, probabilities other than 1 after the strategy. */
  static String profile(StrategicGame g, MixedProfile x) {
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < g.numPlayers(); p++) {
      List<String> strat = new ArrayList<>();
      for (int s = 0; s < g.numStrategies(p); s++)
        if (x.probability(p, s).signum() != 0)
          strat.add(g.strategies().get(p).get(s) + (x.probability(p, s).equals(Rational.ONE) ? "" : " " + x.probability(p, s)));
      parts.add(g.players().get(p) + ": " + String.join(", ", strat));
    }
    return String.join("; ", parts);
  }

  private static String extensiveTable(ExtensiveGame g, String method, List<BehaviorProfile> eq) {
    StringBuilder b = new StringBuilder(header(g.title(), eq.size(), method));
    int k = 1;
    for (BehaviorProfile x : eq) {
      List<String> parts = new ArrayList<>();
      for (int p = 0; p < g.numPlayers(); p++)
        for (int i = 0; i < g.infoSets(p).size(); i++) {
          InfoSet set = g.infoSets(p).get(i);
          List<String> acts = new ArrayList<>();
          for (int a = 0; a < set.numActions(); a++)
            if (x.probability(p, i, a).signum() != 0)
              acts.add(set.actions().get(a) + (x.probability(p, i, a).equals(Rational.ONE) ? "" : " " + x.probability(p, i, a)));
          parts.add(g.players().get(p) + "@" + setName(set) + ": " + (x.isUnspecified(p, i) ? "- (own moves exclude it)" : String.join(", ", acts)));
        }
      b.append("  ").append(k++).append(". ").append(String.join("; ", parts)).append("; ")
          .append(payoffs(g.players(), ExtensivePayoffs.expected(g, x))).append('\n');
    }
    return b.toString();
  }

  private static String setName(InfoSet set) {
    return set.label().isEmpty() ? String.valueOf(set.index() + 1) : set.label();
  }
}
