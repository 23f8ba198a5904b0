package io.peninsula.web.ops;

import io.peninsula.engine.equilibrium.EquilibriumSolver;
import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.StrategicGame;
import io.peninsula.web.ApiException;
import io.peninsula.web.ApiProblem;
import io.peninsula.web.Request;
import io.peninsula.app.Errors;
import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.games.GameFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/games/solve}: the equilibria of a game given as Gambit text ({@code .nfg} or
 * {@code .efg}) by one method. Extensive games are solved on the tree by methods that support it.
 * The Gambit text is read by the application ({@link GameFile#ofText}); unlike {@code game solve} on
 * the command line, a tree is never solved through its strategic form here.
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
    GameFile file = GameFile.ofText(text);
    try {
      if (file.isExtensive()) {
        ExtensiveGame g = file.tree();
        if (!solver.supports(g)) throw ApiException.badField("method", "method " + method + " cannot solve this extensive game");
        result = GameJson.extensive(g, solver.solve(g));
      } else {
        StrategicGame g = file.strategic();
        if (!solver.supports(g)) throw ApiException.badField("method", "method " + method + " cannot solve this game (" + g.numPlayers() + " players)");
        result = GameJson.strategic(g, solver.solve(g));
      }
    } catch (RuntimeException e) {
      var problems = Errors.inputProblems(e);
      if (problems.isPresent())
        throw new ApiException(400, "the game has " + problems.get().size() + " problem(s)", problems.get().stream().map(ApiProblem::of).toList());
      if (e instanceof IllegalArgumentException) throw ApiException.badRequest(e.getMessage());
      throw e;
    }
    String sha = io.peninsula.app.Sha256.of(text);
    return new WebResult(clock.provenance("game solve", List.of(new Provenance.InputFile("game_text", sha)), Map.of("method", method)),
        new GameSolveRequest(method, sha), result, java.util.Optional.empty());
  }
}
