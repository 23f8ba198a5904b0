package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.ReducedStrategicForm;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests across solvers, on seeded random games (small payoff ranges make degenerate games
 * frequent): every profile any method returns is an equilibrium (checked here, independently of the
 * solvers' own verification), and methods agree where their domains overlap — the pure equilibria
 * are exactly the pure members of enummixed's set, every Lemke–Howson equilibrium is one of them,
 * and on trees the subgame-perfect equilibrium is one of enumpure's reduced-form equilibria.
 */
class SolverAgreementTest {
  private static final EquilibriumSolver ENUMPURE = EquilibriumSolvers.byMethod("enumpure").orElseThrow();
  private static final EquilibriumSolver ENUMMIXED = EquilibriumSolvers.byMethod("enummixed").orElseThrow();
  private static final EquilibriumSolver LCP = EquilibriumSolvers.byMethod("lcp").orElseThrow();
  private static final EquilibriumSolver SPE = EquilibriumSolvers.byMethod("spe").orElseThrow();

  static Stream<Long> seeds() {
    return IntStream.range(0, 60).mapToObj(i -> 1000L + i);
  }

  static StrategicGame randomBimatrix(SplittableRandom r) {
    int m = 1 + r.nextInt(5);
    int n = 1 + r.nextInt(5);
    int range = r.nextBoolean() ? 3 : 50;
    Rational[][] a = new Rational[m][n];
    Rational[][] b = new Rational[m][n];
    for (int i = 0; i < m; i++)
      for (int j = 0; j < n; j++) {
        a[i][j] = Rational.of(r.nextInt(range) - range / 2);
        b[i][j] = Rational.of(r.nextInt(range) - range / 2);
      }
    return StrategicGame.bimatrix("random", a, b);
  }

  private static boolean isPure(MixedProfile x) {
    return x.probabilities().stream().flatMap(List::stream).allMatch(v -> v.signum() == 0 || v.equals(Rational.ONE));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bimatrix_allMethodsVerify_pureEqualsPurePartOfEnummixed_lcpWithinEnummixed(long seed) {
    StrategicGame g = randomBimatrix(new SplittableRandom(seed));
    List<MixedProfile> all = ENUMMIXED.solve(g);
    List<MixedProfile> pure = ENUMPURE.solve(g);
    List<MixedProfile> lh = LCP.solve(g);
    for (List<MixedProfile> set : List.of(all, pure, lh))
      for (MixedProfile x : set) assertThat(StrategicPayoffs.isNash(g, x)).as("%s is an equilibrium", x).isTrue();
    assertThat(all).as("every game has an equilibrium (Nash 1951)").isNotEmpty();
    assertThat(new HashSet<>(pure)).isEqualTo(new HashSet<>(all.stream().filter(SolverAgreementTest::isPure).toList()));
    assertThat(all).containsAll(lh);
    assertThat(lh).isNotEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void threePlayers_enumpureVerifiesAndMatchesBruteForce(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] k = {1 + r.nextInt(3), 1 + r.nextInt(3), 1 + r.nextInt(3)};
    List<List<String>> strategies = new ArrayList<>();
    for (int s : k) strategies.add(IntStream.range(0, s).mapToObj(i -> "s" + i).toList());
    List<List<Rational>> pay = new ArrayList<>();
    for (int p = 0; p < k[0] * k[1] * k[2]; p++) pay.add(List.of(Rational.of(r.nextInt(3)), Rational.of(r.nextInt(3)), Rational.of(r.nextInt(3))));
    StrategicGame g = StrategicGame.ofPayoffs("random3", List.of("1", "2", "3"), strategies, pay);
    Set<MixedProfile> found = new HashSet<>(ENUMPURE.solve(g));
    Set<MixedProfile> brute = new HashSet<>();
    for (int idx = 0; idx < g.numProfiles(); idx++) {
      MixedProfile x = PureStrategyEnumeration.pure(g, g.profile(idx));
      if (StrategicPayoffs.maxRegret(g, x).signum() <= 0) brute.add(x);
    }
    assertThat(found).isEqualTo(brute);
  }

  /** A random perfect-information tree with chance nodes, 2 or 3 players, small integer payoffs. */
  static ExtensiveGame randomPerfectInformationTree(SplittableRandom r) {
    int players = 2 + r.nextInt(2);
    List<List<InfoSet>> sets = new ArrayList<>();
    for (int p = 0; p < players; p++) sets.add(new ArrayList<>());
    List<InfoSet> chance = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    GameNode root = node(r, 0, players, sets, chance, outcomes);
    return new ExtensiveGame("random tree", "", IntStream.range(0, players).mapToObj(i -> "P" + (i + 1)).toList(), root, sets, chance, outcomes);
  }

  private static GameNode node(SplittableRandom r, int depth, int players, List<List<InfoSet>> sets, List<InfoSet> chance, List<Outcome> outcomes) {
    if (depth >= 3 || (depth > 0 && r.nextInt(4) == 0)) {
      List<Rational> pay = new ArrayList<>();
      for (int p = 0; p < players; p++) pay.add(Rational.of(r.nextInt(4)));
      Outcome o = new Outcome(outcomes.size() + 1, "", pay);
      outcomes.add(o);
      return GameNode.terminal("", Optional.of(o));
    }
    int k = 2 + r.nextInt(2);
    List<String> actions = IntStream.range(0, k).mapToObj(i -> "a" + i).toList();
    List<GameNode> children = new ArrayList<>();
    for (int i = 0; i < k; i++) children.add(node(r, depth + 1, players, sets, chance, outcomes));
    if (r.nextInt(5) == 0) {
      List<Rational> probs = new ArrayList<>();
      for (int i = 0; i < k - 1; i++) probs.add(Rational.of(1, k));
      probs.add(Rational.ONE.subtract(Rational.of(k - 1, k)));
      InfoSet s = new InfoSet(ExtensiveGame.CHANCE, chance.size(), "", actions, probs);
      chance.add(s);
      return GameNode.decision("", ExtensiveGame.CHANCE, s.index(), children, Optional.empty());
    }
    int p = r.nextInt(players);
    InfoSet s = new InfoSet(p, sets.get(p).size(), "", actions, List.of());
    sets.get(p).add(s);
    return GameNode.decision("", p, s.index(), children, Optional.empty());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void perfectInformationTree_speIsNashAndAmongEnumpuresReducedFormEquilibria(long seed) {
    ExtensiveGame tree = randomPerfectInformationTree(new SplittableRandom(seed));
    BehaviorProfile spe = SPE.solve(tree).get(0);
    assertThat(ExtensivePayoffs.isNash(tree, spe)).isTrue();
    // Kuhn (1953): a pure SPE exists, so enumpure is never empty on such trees
    ReducedStrategicForm rsf = ReducedStrategicForm.of(tree);
    List<MixedProfile> pure = ENUMPURE.solve(rsf.game());
    assertThat(pure).isNotEmpty();
    assertThat(pure).contains(reducedImage(rsf, spe));
    assertThat(ENUMPURE.solve(tree)).contains(rsf.behavior(reducedImage(rsf, spe)));
    if (tree.numPlayers() == 2) {
      for (BehaviorProfile b : LCP.solve(tree)) assertThat(ExtensivePayoffs.isNash(tree, b)).isTrue();
    }
  }

  /** The reduced strategy profile a pure behaviour profile plays. */
  private static MixedProfile reducedImage(ReducedStrategicForm rsf, BehaviorProfile b) {
    int[] prof = new int[rsf.tree().numPlayers()];
    for (int p = 0; p < prof.length; p++) {
      prof[p] = -1;
      search:
      for (int s = 0; s < rsf.numStrategies(p); s++) {
        for (int i = 0; i < rsf.tree().infoSets(p).size(); i++) {
          int a = rsf.action(p, s, i);
          if (a >= 0 && !b.probability(p, i, a).equals(Rational.ONE)) continue search;
        }
        prof[p] = s;
        break;
      }
      assertThat(prof[p]).as("player %d's behaviour matches a reduced strategy", p + 1).isNotNegative();
    }
    return PureStrategyEnumeration.pure(rsf.game(), prof);
  }
}
