package io.peninsula.formats.gambit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peninsula.engine.equilibrium.PureStrategyEnumeration;
import io.peninsula.engine.equilibrium.StrategicPayoffs;
import io.peninsula.formats.InputException;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NfgReaderTest {
  static StrategicGame fixture(String name) {
    try (InputStream in = NfgReaderTest.class.getResourceAsStream("/games/" + name)) {
      return NfgReader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void read_payoffForm_firstPlayerFastest() {
    StrategicGame g = fixture("prisoners-dilemma.nfg");
    assertThat(g.players()).containsExactly("Row", "Column");
    assertThat(g.strategies().get(0)).containsExactly("Cooperate", "Defect");
    assertThat(g.payoff(new int[] {1, 0}, 0)).isEqualTo(Rational.of(5)); // Defect vs Cooperate
    assertThat(g.payoff(new int[] {1, 0}, 1)).isEqualTo(Rational.ZERO);
    assertThat(g.comment()).startsWith("Payoff form");
  }

  @Test
  void read_outcomeForm_sharedOutcomesAndLabels() {
    StrategicGame g = fixture("battle-of-the-sexes.nfg");
    assertThat(g.outcomes()).hasSize(3);
    assertThat(g.outcomeNumber(g.profileIndex(1, 0))).isEqualTo(2);
    assertThat(g.outcomeNumber(g.profileIndex(0, 1))).isEqualTo(2);
    assertThat(g.payoff(new int[] {1, 1}, 1)).isEqualTo(Rational.of(2));
  }

  @Test
  void read_decimalsAndFractions_exact() {
    StrategicGame g = fixture("three-player.nfg");
    assertThat(g.payoff(new int[] {0, 0, 0}, 0)).isEqualTo(Rational.of(1, 2));
    assertThat(g.payoff(new int[] {1, 1, 1}, 2)).isEqualTo(Rational.of(1, 4));
  }

  @Test
  void enumpure_textbookGames_handComputedEquilibria() {
    var solver = new PureStrategyEnumeration();
    assertThat(solver.solve(fixture("prisoners-dilemma.nfg"))).containsExactly(pure(fixture("prisoners-dilemma.nfg"), 1, 1));
    StrategicGame bos = fixture("battle-of-the-sexes.nfg");
    assertThat(solver.solve(bos)).containsExactly(pure(bos, 0, 0), pure(bos, 1, 1));
    assertThat(solver.solve(fixture("matching-pennies.nfg"))).isEmpty();
    StrategicGame three = fixture("three-player.nfg");
    assertThat(solver.solve(three)).containsExactly(pure(three, 0, 0, 0), pure(three, 1, 1, 1));
  }

  @Test
  void read_errors_locateLineAndColumn() {
    var e = catchThrowableOfType(InputException.class, () -> NfgReader.read("bad.nfg", "NFG 1 R \"t\" { \"1\" \"2\" } { 2 2 }\n\n1 2 3 4 5 6 7\n"));
    assertThat(e.getMessage()).isEqualTo("bad.nfg: the file ends where payoff 2 of profile 4 of 4 was expected (truncated?)");
    e = catchThrowableOfType(InputException.class, () -> NfgReader.read("bad.nfg", "NFG 1 R \"t\" { \"1\" \"2\" } { 2 x }\n"));
    assertThat(e.getMessage()).isEqualTo("bad.nfg:1:29: expected the number of strategies of player 2, found \"x\"");
    e = catchThrowableOfType(InputException.class, () -> NfgReader.read("bad.nfg",
        "NFG 1 R \"t\" { \"1\" } { { \"a\" } }\n\"\"\n{ { \"o\" 1 } }\n7\n"));
    assertThat(e.getMessage()).isEqualTo("bad.nfg:4:1: outcome 7 does not exist (outcomes: 1..1, 0 = null outcome)");
    e = catchThrowableOfType(InputException.class, () -> NfgReader.read("bad.efg", "EFG 2 R \"t\" { \"1\" }\n"));
    assertThat(e.getMessage()).startsWith("bad.efg:1:1: a strategic-form file starts with NFG");
  }

  /** Gambit's own collection (GPL: read from ../shared, never copied): every .nfg parses; every pure equilibrium verifies. */
  @Test
  void gambitCollection_everyNfgParsesAndPureEquilibriaVerify() throws IOException {
    Path dir = SharedFiles.require("anchors/gambit");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".nfg")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(50);
    for (Path f : files) {
      StrategicGame g = NfgReader.read(f.toString(), Files.readString(f));
      for (MixedProfile x : new PureStrategyEnumeration().solve(g)) assertThat(StrategicPayoffs.isNash(g, x)).as(f.toString()).isTrue();
    }
  }

  /** Published counts: von Stengel (1999) 75 equilibria; 4x4 coordination 2^4 - 1; O'Neill (1987) unique. */
  @Test
  void enummixed_gambitCatalogue_publishedEquilibrium() throws IOException {
    Path dir = SharedFiles.require("anchors/gambit");
    var solver = new io.peninsula.engine.equilibrium.VertexEnumeration();
    assertThat(solver.solve(read(dir.resolve("catalog/journals/dcg/vonstengel1999/6x6_game_with_75_eq.nfg")))).hasSize(75);
    assertThat(solver.solve(read(dir.resolve("contrib/games/coord4.nfg")))).hasSize(15);
    var oneill = solver.solve(read(dir.resolve("contrib/games/oneill.nfg")));
    Rational f = Rational.of(1, 5);
    assertThat(oneill).containsExactly(new MixedProfile(List.of(List.of(Rational.of(2, 5), f, f, f), List.of(Rational.of(2, 5), f, f, f))));
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".nfg")).sorted().toList();
    }
    int solved = 0;
    for (Path p : files) {
      StrategicGame g = read(p);
      if (!solver.supports(g)) continue;
      List<MixedProfile> eq = solver.solve(g);
      assertThat(eq).as(p.toString()).isNotEmpty().containsAll(new PureStrategyEnumeration().solve(g));
      solved++;
    }
    assertThat(solved).isGreaterThanOrEqualTo(20);
  }

  private static StrategicGame read(Path p) throws IOException {
    return NfgReader.read(p.toString(), Files.readString(p));
  }

  private static MixedProfile pure(StrategicGame g, int... prof) {
    return PureStrategyEnumeration.pure(g, prof);
  }
}
