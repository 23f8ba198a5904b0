package io.peninsula.app.games;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.IteratedDominance;
import java.util.Optional;

/** The rounds of elimination and the reduced game. */
public record GameReduceOutcome(Provenance provenance, GameReduceRequest request, IteratedDominance dominance, DominanceReduction reduction)
    implements ServiceResult {
  /** The reduced game as a Gambit .nfg file. */
  public String reducedNfg() {
    return io.peninsula.formats.gambit.NfgWriter.write(reduction.reduced());
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.empty();
  }

  @Override
  public Object resultJson() {
    var root = GameJson.eliminations(reduction);
    root.put("dominance", request.dominance());
    root.put("title", reduction.original().title());
    return root;
  }
}
