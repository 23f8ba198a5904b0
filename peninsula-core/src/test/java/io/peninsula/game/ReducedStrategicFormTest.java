package io.peninsula.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.engine.equilibrium.ExtensivePayoffs;
import io.peninsula.engine.equilibrium.PureStrategyEnumeration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReducedStrategicFormTest {
  private static final Rational H = Rational.of(1, 2);
  private static final Rational Z = Rational.ZERO;
  private static final Rational O = Rational.ONE;

  private static Optional<Outcome> pay(int number, long a, long b) {
    return Optional.of(new Outcome(number, "", List.of(Rational.of(a), Rational.of(b))));
  }

  /**
   * Player 1 moves L/R; after L player 2 moves l/r; after (L, l) player 1 moves again x/y.
   * Payoffs: Llx (3, 1), Lly (0, 0), Lr (1, 2), R (2, 2).
   */
  static ExtensiveGame twoMovesForPlayerOne() {
    GameNode second = GameNode.decision("", 0, 1, List.of(GameNode.terminal("Llx", pay(1, 3, 1)), GameNode.terminal("Lly", pay(2, 0, 0))), Optional.empty());
    GameNode p2 = GameNode.decision("", 1, 0, List.of(second, GameNode.terminal("Lr", pay(3, 1, 2))), Optional.empty());
    GameNode root = GameNode.decision("", 0, 0, List.of(p2, GameNode.terminal("R", pay(4, 2, 2))), Optional.empty());
    List<InfoSet> p1 = List.of(new InfoSet(0, 0, "first", List.of("L", "R"), List.of()), new InfoSet(0, 1, "again", List.of("x", "y"), List.of()));
    List<InfoSet> p2sets = List.of(new InfoSet(1, 0, "reply", List.of("l", "r"), List.of()));
    return new ExtensiveGame("two moves", "", List.of("1", "2"), root, List.of(p1, p2sets), List.of(), List.of());
  }

  @Test
  void strategies_ownExcludedSetsMerged_inGambitOrder_payoffsByHand() {
    ReducedStrategicForm rsf = ReducedStrategicForm.of(twoMovesForPlayerOne());
    StrategicGame g = rsf.game();
    // 2 x 2 = 4 unreduced strategies for player 1, but R makes "again" unreachable: (L,x), (L,y), (R,*)
    assertThat(g.strategies()).containsExactly(List.of("L,x", "L,y", "R,*"), List.of("l", "r"));
    assertThat(rsf.action(0, 2, 1)).isEqualTo(-1);
    assertThat(g.payoff(new int[] {0, 0}, 0)).isEqualTo(Rational.of(3));
    assertThat(g.payoff(new int[] {1, 0}, 1)).isEqualTo(Rational.of(0));
    assertThat(g.payoff(new int[] {1, 1}, 1)).isEqualTo(Rational.of(2));
    assertThat(g.payoff(new int[] {2, 0}, 0)).isEqualTo(Rational.of(2));
  }

  @Test
  void enumpureOnTree_isReducedFormEquilibrium_unreachedOwnSetUnspecified() {
    ExtensiveGame tree = twoMovesForPlayerOne();
    // by hand: (R,*; r) is the only pure equilibrium of the reduced form — (R,*; l) fails as (L,x) pays 3 > 2
    BehaviorProfile expected = new BehaviorProfile(List.of(List.of(List.of(Z, O), List.of(Z, Z)), List.of(List.of(Z, O))));
    assertThat(new PureStrategyEnumeration().solve(tree)).containsExactly(expected);
    assertThat(expected.isUnspecified(0, 1)).isTrue();
    assertThat(ExtensivePayoffs.expected(tree, expected)).containsExactly(Rational.of(2), Rational.of(2));
  }

  @Test
  void behaviour_fromMixedStrategies_realisationWeighted() {
    ReducedStrategicForm rsf = ReducedStrategicForm.of(twoMovesForPlayerOne());
    // 1/2 (L,x) + 1/2 (L,y): L for sure, then x and y half each; player 2 half l, half r
    BehaviorProfile b = rsf.behavior(new MixedProfile(List.of(List.of(H, H, Z), List.of(H, H))));
    assertThat(b.probabilities()).isEqualTo(List.of(List.of(List.of(O, Z), List.of(H, H)), List.of(List.of(H, H))));
    // 1/4 (L,x) + 3/4 (R,*): at "again" only (L,x) reaches, so x with probability 1
    Rational q = Rational.of(1, 4);
    BehaviorProfile c = rsf.behavior(new MixedProfile(List.of(List.of(q, Z, Rational.of(3, 4)), List.of(O, Z))));
    assertThat(c.probabilities().get(0)).isEqualTo(List.of(List.of(q, Rational.of(3, 4)), List.of(O, Z)));
    // expected payoffs agree between the two forms
    MixedProfile sigma = new MixedProfile(List.of(List.of(q, Z, Rational.of(3, 4)), List.of(O, Z)));
    assertThat(ExtensivePayoffs.expected(rsf.tree(), c)).containsExactly(
        io.peninsula.engine.equilibrium.StrategicPayoffs.expected(rsf.game(), sigma, 0),
        io.peninsula.engine.equilibrium.StrategicPayoffs.expected(rsf.game(), sigma, 1));
  }

  @Test
  void chance_firstInformationSetVariesSlowest_expectationExact() {
    InfoSet nature = new InfoSet(ExtensiveGame.CHANCE, 0, "nature", List.of("a", "b"), List.of(Rational.of(1, 3), Rational.of(2, 3)));
    GameNode afterA = GameNode.decision("", 0, 0, List.of(GameNode.terminal("", pay(1, 3, 0)), GameNode.terminal("", pay(2, 0, 0))), Optional.empty());
    GameNode afterB = GameNode.decision("", 0, 1, List.of(GameNode.terminal("", pay(3, 0, 0)), GameNode.terminal("", pay(4, 6, 0))), Optional.empty());
    GameNode root = GameNode.decision("", ExtensiveGame.CHANCE, 0, List.of(afterA, afterB), Optional.empty());
    ExtensiveGame g = new ExtensiveGame("chance", "", List.of("1", "2"), root,
        List.of(List.of(new InfoSet(0, 0, "A", List.of("u", "d"), List.of()), new InfoSet(0, 1, "B", List.of("u", "d"), List.of())), List.of()),
        List.of(nature), List.of());
    ReducedStrategicForm rsf = ReducedStrategicForm.of(g);
    assertThat(rsf.game().strategies().get(0)).containsExactly("u,u", "u,d", "d,u", "d,d");
    assertThat(rsf.game().strategies().get(1)).containsExactly(""); // a player without moves has one empty strategy
    // (u, d): 1/3 * 3 + 2/3 * 6 = 5
    assertThat(rsf.game().payoff(new int[] {1, 0}, 0)).isEqualTo(Rational.of(5));
  }

  @Test
  void unspecifiedSetReachedWithPositiveProbability_rejected() {
    ExtensiveGame tree = twoMovesForPlayerOne();
    BehaviorProfile bad = new BehaviorProfile(List.of(List.of(List.of(O, Z), List.of(Z, Z)), List.of(List.of(O, Z))));
    assertThatThrownBy(() -> ExtensivePayoffs.expected(tree, bad)).hasMessageContaining("unspecified");
  }

  @Test
  void tooLarge_refusedWithTheLimitNamed() {
    // chance picks one of 21 branches, player 1 moves (2 actions) in each: 2^21 > MAX_PROFILES reduced strategies
    List<GameNode> branches = new java.util.ArrayList<>();
    List<InfoSet> sets = new java.util.ArrayList<>();
    List<Rational> probs = new java.util.ArrayList<>();
    for (int k = 0; k < 21; k++) {
      sets.add(new InfoSet(0, k, "s" + k, List.of("a", "b"), List.of()));
      branches.add(GameNode.decision("", 0, k, List.of(GameNode.terminal("", Optional.empty()), GameNode.terminal("", Optional.empty())), Optional.empty()));
      probs.add(Rational.of(1, 21));
    }
    InfoSet nature = new InfoSet(ExtensiveGame.CHANCE, 0, "n", java.util.stream.IntStream.range(0, 21).mapToObj(k -> "c" + k).toList(), probs);
    ExtensiveGame g = new ExtensiveGame("wide", "", List.of("1", "2"), GameNode.decision("", ExtensiveGame.CHANCE, 0, branches, Optional.empty()),
        List.of(sets, List.of()), List.of(nature), List.of());
    assertThatThrownBy(() -> ReducedStrategicForm.of(g)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 1000000 strategy profiles");
  }
}
