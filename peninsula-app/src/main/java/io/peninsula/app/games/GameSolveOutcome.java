package io.peninsula.app.games;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.StrategicGame;
import java.util.List;
import java.util.Optional;

/**
 * The verified equilibria of a game: either of its strategic form (mixed profiles, with the
 * dominance reduction used, equilibria lifted back to the full game) or of the tree (behaviour
 * profiles).
 */
public record GameSolveOutcome(Provenance provenance, GameSolveRequest request, Optional<Strategic> strategicForm,
    Optional<Tree> tree) implements ServiceResult {

  /** Equilibria of a strategic game (the file's, or a tree's reduced strategic form). */
  public record Strategic(StrategicGame game, Optional<DominanceReduction> reduction, List<MixedProfile> equilibria) {
    public Strategic {
      equilibria = List.copyOf(equilibria);
    }
  }

  /** Equilibria of a tree as behaviour profiles. */
  public record Tree(ExtensiveGame game, List<BehaviorProfile> equilibria) {
    public Tree {
      equilibria = List.copyOf(equilibria);
    }
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.empty();
  }

  @Override
  public Object resultJson() {
    return strategicForm.map(s -> GameJson.strategic(s.game(), request.method(), s.reduction(), s.equilibria()))
        .orElseGet(() -> GameJson.extensive(tree.orElseThrow().game(), request.method(), tree.orElseThrow().equilibria()));
  }
}
