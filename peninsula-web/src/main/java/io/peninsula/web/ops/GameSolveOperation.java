package io.peninsula.web.ops;

import io.peninsula.app.Errors;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.games.GameFile;
import io.peninsula.app.games.GameSolveOutcome;
import io.peninsula.app.games.GameSolveRequest;
import io.peninsula.app.games.GameSolveService;
import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.web.ApiException;
import io.peninsula.web.ApiProblem;
import io.peninsula.web.Request;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/games/solve}: the equilibria of a game given as Gambit text ({@code .nfg} or
 * {@code .efg}), solved by the application's {@link GameSolveService} under the command line's
 * rules: a tree is solved on the tree by a method that can, and through its reduced strategic form
 * when {@code strategic} is asked, when {@code eliminate_dominated} is, or when the method solves
 * only strategic games. The answer draws the game that was solved (the tree, or the strategic form
 * with its payoff cells), says which in {@code solved}, and lists any dominance rounds. The run is
 * stored as the service's request (the text included) and result, so {@code runs rerun} re-runs it.
 */
public final class GameSolveOperation {
  public ServiceResult run(Request r) {
    r.allow(Set.of("game_text", "method", "strategic", "eliminate_dominated"));
    String text = r.requiredText("game_text");
    String method = r.text("method", "enumpure");
    if (EquilibriumSolvers.byMethod(method).isEmpty())
      throw ApiException.badField("method", "unknown method \"" + method + "\" (available: " + String.join(", ", EquilibriumSolvers.methods()) + ")");
    Optional<String> eliminate = r.optionalText("eliminate_dominated");
    eliminate.filter(e -> !GameSolveService.ELIMINATION.contains(e)).ifPresent(e -> {
      throw ApiException.badField("eliminate_dominated", "unknown value \"" + e + "\" (allowed: " + String.join(", ", GameSolveService.ELIMINATION) + ")");
    });
    boolean strategic = r.bool("strategic", false);
    GameSolveOutcome outcome;
    try {
      outcome = new GameSolveService().run(GameSolveRequest.ofText(text, method, eliminate, strategic));
    } catch (RuntimeException e) {
      var problems = Errors.inputProblems(e);
      if (problems.isPresent())
        throw new ApiException(400, "the game has " + problems.get().size() + " problem(s)", problems.get().stream().map(ApiProblem::of).toList());
      if (e instanceof IllegalArgumentException) throw ApiException.badRequest(e.getMessage());
      throw e;
    }
    return new WorkbenchView(outcome, view(outcome, GameFile.ofText(text).isExtensive()));
  }

  /** The solved game as the workbench draws it, with {@code method}, {@code solved} and, after dominance, {@code eliminated}. */
  private static Map<String, Object> view(GameSolveOutcome outcome, boolean tree) {
    Map<String, Object> m;
    String solved;
    if (outcome.tree().isPresent()) {
      var t = outcome.tree().get();
      m = GameJson.extensive(t.game(), t.equilibria());
      solved = "tree";
    } else {
      var s = outcome.strategicForm().orElseThrow();
      m = GameJson.strategic(s.game(), s.equilibria());
      solved = tree ? "reduced strategic form" : "strategic form";
      s.reduction().ifPresent(red -> m.put("eliminated", io.peninsula.app.games.GameJson.eliminations(red)));
    }
    m.put("method", outcome.request().method());
    m.put("solved", solved);
    return m;
  }
}
