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
import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.Stopwatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/games/solve}: the equilibria of a game given as Gambit text ({@code .nfg} or
 * {@code .efg}) by one method. Extensive games are solved on the tree by methods that support it.
 * Temporary adapter until the application layer's game-solve service (which also reduces and
 * lifts) lands.
 */
public final class GameSolveOperation {
  /** The request as stored with the run. */
  public record GameSolveRequest(String method, String gameSha256) {}

  public ServiceResult run(Request r) {
    r.allow(Set.of("game_text", "method"));
    Stopwatch clock = new Stopwatch();
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
    String sha = io.peninsula.app.Sha256.of(text);
    return new WebResult(clock.provenance("game solve", List.of(new Provenance.InputFile("game_text", sha)), Map.of("method", method)),
        new GameSolveRequest(method, sha), result, java.util.Optional.empty());
  }
}
