package io.peninsula.app.games;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Errors;
import io.peninsula.app.Stopwatch;
import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.EquilibriumSolver;
import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.engine.equilibrium.IteratedDominance;
import io.peninsula.engine.equilibrium.StrategicPayoffs;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.StrategicGame;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code game solve}: chooses the form to solve (a tree by a tree method unless the strategic form
 * is asked for, by {@code -S}, by dominance elimination, or because the method solves only
 * strategic games), optionally reduces by iterated strict dominance, solves, lifts the equilibria
 * back to the full game and checks each is one.
 */
public final class GameSolveService {
  /** Accepted values of the dominance elimination. */
  public static final List<String> ELIMINATION = List.of("pure", "mixed");

  public GameSolveOutcome run(GameSolveRequest request) {
    Stopwatch clock = new Stopwatch();
    String method = request.method();
    EquilibriumSolver solver = EquilibriumSolvers.byMethod(method).orElseThrow(() -> new BadRequestException(
        "unknown method \"" + method + "\" (available: " + String.join(", ", EquilibriumSolvers.methods()) + ")"));
    request.eliminateDominated().filter(e -> !ELIMINATION.contains(e)).ifPresent(e -> {
      throw new BadRequestException("unknown --eliminate-dominated \"" + e + "\" (allowed: pure, mixed)");
    });
    GameFile file = request.game();
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("method", method);
    options.put("eliminate_dominated", request.eliminateDominated().orElse(null));
    options.put("strategic", request.strategic());
    StrategicGame g;
    if (file.isExtensive()) {
      ExtensiveGame tree = file.tree();
      boolean treeMethod = solver.supports(tree) && !request.strategic() && request.eliminateDominated().isEmpty();
      if (treeMethod || !solver.capabilities().solvesStrategic(tree.numPlayers())) {
        List<BehaviorProfile> eq = solveTree(solver, file, tree);
        return new GameSolveOutcome(clock.provenance("game solve", List.of(file.stamp()), options), request, Optional.empty(),
            Optional.of(new GameSolveOutcome.Tree(tree, eq)));
      }
      g = file.reducedForm(tree);
    } else {
      g = file.strategic();
    }
    Optional<DominanceReduction> reduction = request.eliminateDominated()
        .map(by -> (by.equals("mixed") ? IteratedDominance.withMixed() : IteratedDominance.pureOnly()).reduce(g));
    StrategicGame target = reduction.map(DominanceReduction::reduced).orElse(g);
    if (!solver.supports(target))
      throw new BadRequestException("method " + method + " cannot solve " + file.path() + " (" + g.numPlayers() + " players)");
    List<MixedProfile> eq = solver.solve(target);
    if (reduction.isPresent()) {
      eq = eq.stream().map(reduction.get()::lift).toList();
      for (MixedProfile x : eq)
        if (!StrategicPayoffs.isNash(g, x)) throw new IllegalStateException("an equilibrium of the reduced game is not one of " + file.path());
    }
    return new GameSolveOutcome(clock.provenance("game solve", List.of(file.stamp()), options), request,
        Optional.of(new GameSolveOutcome.Strategic(g, reduction, eq)), Optional.empty());
  }

  private static List<BehaviorProfile> solveTree(EquilibriumSolver solver, GameFile file, ExtensiveGame g) {
    String method = solver.method();
    if (!solver.supports(g))
      throw new BadRequestException("method " + method + " cannot solve " + file.path() + (method.equals("spe")
          ? " (backward induction needs perfect information)" : " (" + g.numPlayers() + " players; on extensive games: "
              + String.join(", ", EquilibriumSolvers.methods().stream().filter(m -> EquilibriumSolvers.byMethod(m).orElseThrow().supports(g)).toList())
              + ")"));
    try {
      return solver.solve(g);
    } catch (RuntimeException e) { // a size limit of the method, e.g. the reduced strategic form
      if (!(e instanceof IllegalArgumentException) && !Errors.isBadInput(e)) throw e;
      throw new BadRequestException(file.path() + ": " + e.getMessage(), e);
    }
  }
}
