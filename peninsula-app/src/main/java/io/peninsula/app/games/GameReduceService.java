package io.peninsula.app.games;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Stopwatch;
import io.peninsula.engine.equilibrium.IteratedDominance;
import java.util.List;
import java.util.Map;

/** {@code game reduce}: iterated elimination of dominated strategies (a tree: of its reduced strategic form). */
public final class GameReduceService {
  /** Accepted dominance kinds. */
  public static final List<String> DOMINANCE = List.of("strict", "mixed", "weak");

  public GameReduceOutcome run(GameReduceRequest request) {
    Stopwatch clock = new Stopwatch();
    IteratedDominance dominance = switch (request.dominance()) {
      case "strict" -> IteratedDominance.pureOnly();
      case "mixed" -> IteratedDominance.withMixed();
      case "weak" -> IteratedDominance.weak();
      default -> throw new BadRequestException("unknown dominance \"" + request.dominance() + "\" (allowed: strict, mixed, weak)");
    };
    GameFile file = GameFile.read(request.file());
    var red = dominance.reduce(file.strategic());
    return new GameReduceOutcome(clock.provenance("game reduce", List.of(file.stamp()), Map.of("dominance", request.dominance())),
        request, dominance, red);
  }
}
