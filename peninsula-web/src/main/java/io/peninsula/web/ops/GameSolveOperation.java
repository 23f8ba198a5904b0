package io.peninsula.web.ops;

import io.peninsula.engine.equilibrium.EquilibriumSolver;
import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.formats.InputException;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.NfgReader;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.StrategicGame;
import io.peninsula.web.ApiException;
import io.peninsula.web.ApiProblem;
import io.peninsula.web.Request;
import io.peninsula.web.ResolvedScenario;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/games/solve}: the equilibria of a game given as Gambit text ({@code .nfg} or
 * {@code .efg}) by one method. Extensive games are solved on the tree by methods that support it.
 * Temporary adapter until the application layer's game-solve service (which also reduces and
 * lifts) lands.
 */
public final class GameSolveOperation {
  public Outcome run(Request r) {
    r.allow(Set.of("game_text", "method"));
    Instant started = Instant.now();
    String text = r.requiredText("game_text");
    String method = r.text("method", "enumpure");
    EquilibriumSolver solver = EquilibriumSolvers.byMethod(method).orElseThrow(() -> ApiException.badField("method",
        "unknown method \"" + method + "\" (available: " + String.join(", ", EquilibriumSolvers.methods()) + ")"));
    Map<String, Object> result;
    try {
      if (text.stripLeading().startsWith("EFG")) {
        ExtensiveGame g = EfgReader.read("game.efg", text);
        if (!solver.supports(g)) throw ApiException.badField("method", "method " + method + " cannot solve this extensive game");
        result = GameJson.extensive(g, solver.solve(g));
      } else {
        StrategicGame g = NfgReader.read("game.nfg", text);
        if (!solver.supports(g)) throw ApiException.badField("method", "method " + method + " cannot solve this game (" + g.numPlayers() + " players)");
        result = GameJson.strategic(g, solver.solve(g));
      }
    } catch (InputException e) {
      throw new ApiException(400, "the game has " + e.problems().size() + " problem(s)", e.problems().stream().map(ApiProblem::of).toList());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    ResolvedScenario none = new ResolvedScenario(io.peninsula.model.Scenario.of("game", java.util.List.of(), java.util.List.of(),
        java.util.List.of()), "inline", "gambit", text);
    return new Outcome(Provenance.of("game solve", none, method, Map.of("method", method), 0, 1, started), result, none);
  }
}
