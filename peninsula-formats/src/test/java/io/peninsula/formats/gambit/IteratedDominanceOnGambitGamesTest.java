package io.peninsula.formats.gambit;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.engine.equilibrium.DominanceReduction;
import io.peninsula.engine.equilibrium.IteratedDominance;
import io.peninsula.engine.equilibrium.PureStrategyEnumeration;
import io.peninsula.engine.equilibrium.VertexEnumeration;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.StrategicGame;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dominance elimination on Gambit's collection (GPL: read from ../shared, never copied). */
class IteratedDominanceOnGambitGamesTest {
  @Test
  void everyNfg_reductionKeepsTheEquilibria_mixdomNeedsMixedDominators() throws IOException {
    Path dir = SharedFiles.require("anchors/gambit");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".nfg")).sorted().toList();
    }
    int compared = 0;
    for (Path f : files) {
      StrategicGame g = NfgReader.read(f.toString(), Files.readString(f));
      DominanceReduction pure = IteratedDominance.pureOnly().reduce(g);
      DominanceReduction mixed = IteratedDominance.withMixed().reduce(g);
      assertThat(mixed.eliminatedCount()).as(f.toString()).isGreaterThanOrEqualTo(pure.eliminatedCount());
      for (DominanceReduction red : List.of(pure, mixed))
        assertThat(new PureStrategyEnumeration().solve(red.reduced()).stream().map(red::lift).toList()).as(f.toString())
            .containsExactlyInAnyOrderElementsOf(new PureStrategyEnumeration().solve(g));
      VertexEnumeration enummixed = new VertexEnumeration();
      if (g.numPlayers() == 2 && enummixed.supports(g) && g.numStrategies(0) * g.numStrategies(1) <= 100) {
        List<MixedProfile> full = enummixed.solve(g);
        assertThat(enummixed.solve(mixed.reduced()).stream().map(mixed::lift).toList()).as(f.toString()).containsExactlyInAnyOrderElementsOf(full);
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(20);
    for (String name : List.of("mixdom.nfg", "mixdom2.nfg")) {
      StrategicGame g = NfgReader.read(name, Files.readString(dir.resolve("contrib/games/" + name)));
      assertThat(IteratedDominance.pureOnly().reduce(g).eliminatedCount()).as(name).isZero();
      assertThat(IteratedDominance.withMixed().reduce(g).eliminatedCount()).as(name).isPositive();
    }
  }
}
