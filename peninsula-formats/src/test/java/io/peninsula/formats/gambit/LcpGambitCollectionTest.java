package io.peninsula.formats.gambit;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.engine.equilibrium.ExtensivePayoffs;
import io.peninsula.engine.equilibrium.LemkeHowson;
import io.peninsula.engine.equilibrium.SequenceFormLemke;
import io.peninsula.engine.equilibrium.StrategicPayoffs;
import io.peninsula.engine.equilibrium.VertexEnumeration;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lcp method on Gambit's collection, read from ../shared (GPL, never copied); skipped when absent. */
class LcpGambitCollectionTest {
  private Path dir;

  @BeforeEach
  void gambit() {
    dir = SharedFiles.require("anchors/gambit");
  }

  private List<Path> files(String ext) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    }
  }

  @Test
  void poker_sequenceFormGivesMyersonsEquilibrium() throws IOException {
    // poker.efg: Alice's sets are King then Queen {Raise, Fold}; Bob's one set {Meet, Pass}; hand-computed in
    // SequenceFormLemkeTest: King raises, Queen raises 1/3, Bob meets 2/3
    Path f = dir.resolve("doc/poker.efg");
    ExtensiveGame g = EfgReader.read(f.toString(), Files.readString(f));
    BehaviorProfile b = new SequenceFormLemke().equilibrium(g);
    assertThat(b.probabilities()).containsExactly(
        List.of(List.of(Rational.ONE, Rational.ZERO), List.of(Rational.of(1, 3), Rational.of(2, 3))),
        List.of(List.of(Rational.of(2, 3), Rational.of(1, 3))));
  }

  @Test
  void selten1975Figure2_nashWithPlayerOneEndingTheGame() throws IOException {
    Path f = dir.resolve("catalog/journals/ijgt/selten1975/fig2.efg");
    ExtensiveGame g = EfgReader.read(f.toString(), Files.readString(f));
    BehaviorProfile b = new SequenceFormLemke().equilibrium(g);
    assertThat(ExtensivePayoffs.isNash(g, b)).isTrue();
    assertThat(b.probabilities().get(0).get(0)).containsExactly(Rational.ONE, Rational.ZERO); // R: every equilibrium ends at once
  }

  @Test
  void everyTwoPlayerNfg_lemkeHowsonEquilibriaVerifyAndAreExtreme() throws IOException {
    LemkeHowson lh = new LemkeHowson();
    VertexEnumeration enummixed = new VertexEnumeration();
    int solved = 0;
    for (Path f : files(".nfg")) {
      StrategicGame g = NfgReader.read(f.toString(), Files.readString(f));
      if (!lh.supports(g)) continue;
      List<MixedProfile> eq = lh.solve(g);
      assertThat(eq).as(f.toString()).isNotEmpty();
      for (MixedProfile x : eq) assertThat(StrategicPayoffs.isNash(g, x)).as(f.toString()).isTrue();
      if (enummixed.supports(g) && g.numStrategies(0) + g.numStrategies(1) <= 14) assertThat(enummixed.solve(g)).as(f.toString()).containsAll(eq);
      assertThat(eq).as(f.toString()).contains(lh.firstEquilibrium(g));
      solved++;
    }
    assertThat(solved).isGreaterThanOrEqualTo(20);
  }

  @Test
  void everyTwoPlayerPerfectRecallEfg_sequenceFormEquilibriumIsNash() throws IOException {
    SequenceFormLemke lcp = new SequenceFormLemke();
    int solved = 0;
    int checked = 0;
    for (Path f : files(".efg")) {
      ExtensiveGame g = EfgReader.read(f.toString(), Files.readString(f));
      if (!lcp.supports(g)) continue;
      BehaviorProfile b = lcp.equilibrium(g); // verifies the LCP certificate itself; check again independently where feasible
      if (pureStrategies(g, 0) * pureStrategies(g, 1) <= 1 << 16) {
        assertThat(ExtensivePayoffs.isNash(g, b)).as(f.toString()).isTrue();
        checked++;
      }
      solved++;
    }
    assertThat(solved).isGreaterThanOrEqualTo(100); // 118 two-player perfect-recall games in the collection
    assertThat(checked).isGreaterThanOrEqualTo(90);
  }

  private static long pureStrategies(ExtensiveGame g, int p) {
    long n = 1;
    for (var h : g.infoSets(p)) n = Math.min(n * h.numActions(), 1L << 20);
    return n;
  }
}
