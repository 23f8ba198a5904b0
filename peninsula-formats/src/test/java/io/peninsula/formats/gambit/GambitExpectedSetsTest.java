package io.peninsula.formats.gambit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peninsula.engine.equilibrium.EquilibriumSolver;
import io.peninsula.engine.equilibrium.EquilibriumSolvers;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.ReducedStrategicForm;
import io.peninsula.game.StrategicGame;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our solvers against the equilibrium sets Gambit's own test suite asserts (resource
 * {@code gambit-expected.json}, transcribed from Gambit's tests/test_nash.py): same set, exactly,
 * for every case whose game is a file of Gambit's collection. The games are read from
 * ../shared/anchors/gambit (GPL, never copied); without it the cases are skipped.
 */
class GambitExpectedSetsTest {
  record Case(String id, String file, String method, String form, JsonNode expected) {
    @Override
    public String toString() {
      return id + " (" + method + ", " + file + ")";
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in = GambitExpectedSetsTest.class.getResourceAsStream("/gambit-expected.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Case> out = new ArrayList<>();
      for (JsonNode c : root.get("cases"))
        if (EquilibriumSolvers.byMethod(c.get("method").asText()).isPresent())
          out.add(new Case(c.get("gambit_test").asText(), c.get("file").asText(), c.get("method").asText(), c.get("form").asText(), c.get("expected")));
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameSetAsGambit(Case c) throws IOException {
    Path file = SharedFiles.require("anchors/gambit/" + c.file());
    EquilibriumSolver solver = EquilibriumSolvers.byMethod(c.method()).orElseThrow();
    String text = Files.readString(file);
    if (c.file().endsWith(".nfg")) {
      StrategicGame g = NfgReader.read(file.toString(), text);
      assertThat(strategySet(solver.solve(g))).isEqualTo(expectedSet(c.expected()));
      return;
    }
    ExtensiveGame tree = EfgReader.read(file.toString(), text);
    if (c.form().equals("strategy")) {
      ReducedStrategicForm rsf = ReducedStrategicForm.of(tree);
      assertThat(strategySet(solver.solve(rsf.game()))).isEqualTo(expectedSet(c.expected()));
      if (solver.supports(tree)) {
        // on the tree itself the method reports the same equilibria as behaviour profiles
        Set<BehaviorProfile> expectedBehaviour = new HashSet<>();
        for (JsonNode eq : c.expected()) expectedBehaviour.add(rsf.behavior(new MixedProfile(rows(eq))));
        assertThat(new HashSet<>(solver.solve(tree))).isEqualTo(expectedBehaviour);
      }
    } else {
      Set<List<List<List<Rational>>>> expected = new HashSet<>();
      for (JsonNode eq : c.expected()) {
        List<List<List<Rational>>> player = new ArrayList<>();
        for (JsonNode p : eq) player.add(rows(p));
        expected.add(player);
      }
      Set<List<List<List<Rational>>>> got = new HashSet<>();
      for (BehaviorProfile b : solver.solve(tree)) got.add(b.probabilities());
      assertThat(got).isEqualTo(expected);
    }
  }

  private static Set<List<List<Rational>>> strategySet(List<MixedProfile> eq) {
    Set<List<List<Rational>>> out = new HashSet<>();
    for (MixedProfile x : eq) out.add(x.probabilities());
    return out;
  }

  private static Set<List<List<Rational>>> expectedSet(JsonNode expected) {
    Set<List<List<Rational>>> out = new HashSet<>();
    for (JsonNode eq : expected) out.add(rows(eq));
    return out;
  }

  private static List<List<Rational>> rows(JsonNode rows) {
    List<List<Rational>> out = new ArrayList<>();
    for (JsonNode row : rows) {
      List<Rational> r = new ArrayList<>();
      for (JsonNode x : row) r.add(Rational.parse(x.asText()));
      out.add(r);
    }
    return out;
  }
}
