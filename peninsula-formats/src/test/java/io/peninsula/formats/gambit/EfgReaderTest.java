package io.peninsula.formats.gambit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peninsula.engine.equilibrium.BackwardInduction;
import io.peninsula.engine.equilibrium.ExtensivePayoffs;
import io.peninsula.engine.equilibrium.PureStrategyEnumeration;
import io.peninsula.formats.InputException;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Rational;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EfgReaderTest {
  static ExtensiveGame fixture(String name) {
    try (InputStream in = EfgReaderTest.class.getResourceAsStream("/games/" + name)) {
      return EfgReader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static BehaviorProfile pure(int[]... choice) {
    List<List<List<Rational>>> probs = new java.util.ArrayList<>();
    for (int[] player : choice) {
      List<List<Rational>> sets = new java.util.ArrayList<>();
      for (int c : player) sets.add(c == 0 ? List.of(Rational.ONE, Rational.ZERO) : List.of(Rational.ZERO, Rational.ONE));
      probs.add(sets);
    }
    return new BehaviorProfile(probs);
  }

  @Test
  void entryDeterrence_pureEquilibriaAndSubgamePerfectOne() {
    ExtensiveGame g = fixture("entry-deterrence.efg");
    assertThat(g.isPerfectInformation()).isTrue();
    assertThat(g.perfectRecallViolation()).isEmpty();
    // (In, Accommodate) and (Out, Fight): Fight is a non-credible threat that still deters in Nash terms
    // order: profiles enumerated with the first player's strategy varying fastest
    assertThat(new PureStrategyEnumeration().solve(g)).containsExactly(pure(new int[] {1}, new int[] {0}), pure(new int[] {0}, new int[] {1}));
    assertThat(new BackwardInduction().solve(g)).containsExactly(pure(new int[] {0}, new int[] {1}));
    // the one-shot-deviation check used to verify spe: (Out, Fight) is Nash but Fight is not optimal once In
    assertThat(BackwardInduction.isSubgamePerfect(g, new int[][] {{1}, {0}})).isFalse();
    assertThat(BackwardInduction.isSubgamePerfect(g, new int[][] {{0}, {1}})).isTrue();
  }

  @Test
  void chanceAndSharedInformationSet_expectedPayoffsExact() {
    ExtensiveGame g = fixture("deterrence-with-chance.efg");
    assertThat(g.isPerfectInformation()).isFalse(); // the challenger does not see the defender's type
    assertThat(g.infoSets(0)).hasSize(1);
    assertThat(g.infoSets(1)).hasSize(2);
    // Challenge; resolute resists, weak concedes: 1/3·(-2, 1) + 2/3·(2, -1) = (2/3, -1/3)
    Rational[] v = ExtensivePayoffs.expected(g, pure(new int[] {0}, new int[] {0, 1}));
    assertThat(v).containsExactly(Rational.of(2, 3), Rational.of(-1, 3));
    // that is an equilibrium: staying pays 0 < 2/3; each defender type plays its best reply
    assertThat(ExtensivePayoffs.isNash(g, pure(new int[] {0}, new int[] {0, 1}))).isTrue();
    assertThat(new PureStrategyEnumeration().solve(g)).contains(pure(new int[] {0}, new int[] {0, 1}));
  }

  @Test
  void errors_undescribedSetAndMismatchedRepeat_located() {
    var e = catchThrowableOfType(InputException.class, () -> EfgReader.read("x.efg",
        "EFG 2 R \"t\" { \"1\" }\n\"\"\np \"\" 1 1 0\n"));
    assertThat(e.getMessage()).isEqualTo("x.efg:3:8: information set 1 is used before it is described (give its name and actions here)");
    e = catchThrowableOfType(InputException.class, () -> EfgReader.read("x.efg",
        "EFG 2 R \"t\" { \"1\" }\n\"\"\np \"\" 1 1 \"s\" { \"a\" \"b\" } 0\np \"\" 1 1 \"s\" { \"a\" \"c\" } 0\n"));
    assertThat(e.getMessage()).startsWith("x.efg:4:10: information set 1 is described differently");
    e = catchThrowableOfType(InputException.class, () -> EfgReader.read("x.efg",
        "EFG 2 R \"t\" { \"1\" }\n\"\"\nc \"\" 1 \"s\" { \"a\" 1/2 \"b\" 1/3 } 0\n"));
    assertThat(e.getMessage()).isEqualTo("x.efg:3:8: chance set s: probabilities sum to 5/6, not 1");
  }

  /** Sets are indexed by first appearance in the tree, as Gambit 17 orders them, not by the file's numbers. */
  @Test
  void infoSets_orderedByFirstNode_notByFileNumber() {
    ExtensiveGame g = EfgReader.read("x.efg", """
        EFG 2 R "t" { "1" "2" }
        ""
        p "" 1 2 "root" { "L" "R" } 0
        p "" 2 1 "reply" { "A" "B" } 0
        p "" 1 1 "later" { "l" "r" } 0
        t "" 1 "" { 1, 1 }
        t "" 2 "" { 2, 2 }
        t "" 3 "" { 3, 3 }
        t "" 4 "" { 4, 4 }
        """);
    assertThat(g.infoSets(0)).extracting(InfoSet::label).containsExactly("root", "later");
    assertThat(g.root().infoSet()).isZero();
    assertThat(g.root().children().get(0).children().get(0).infoSet()).isEqualTo(1);
  }

  /** Gambit's collection, read from ../shared (GPL, never copied): every .efg parses; pure equilibria verify. */
  @Test
  void gambitCollection_everyEfgParses_centipedeSpeTakesAtOnce() throws IOException {
    Path dir = SharedFiles.require("anchors/gambit");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".efg")).sorted().toList();
    }
    int parsed = 0;
    for (Path f : files) {
      EfgReader.read(f.toString(), Files.readString(f));
      parsed++;
    }
    assertThat(parsed).isGreaterThanOrEqualTo(150);
    ExtensiveGame cent = EfgReader.read("cent6.efg", Files.readString(dir.resolve("contrib/games/cent6.efg")));
    BehaviorProfile spe = new BackwardInduction().solve(cent).get(0);
    for (int p = 0; p < 2; p++)
      for (int i = 0; i < cent.infoSets(p).size(); i++)
        assertThat(cent.infoSets(p).get(i).actions().get(spe.probabilities().get(p).get(i).indexOf(Rational.ONE))).isEqualTo("TAKE");
    ExtensiveGame poker = EfgReader.read("poker.efg", Files.readString(dir.resolve("doc/poker.efg")));
    assertThat(new PureStrategyEnumeration().solve(poker)).isEmpty(); // Myerson's one-card poker has only a mixed equilibrium
  }
}
