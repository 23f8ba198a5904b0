package io.peninsula.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  static final SourceRef SRC = SourceRef.of("t");

  static Scenario base() {
    Issue posture = new Issue("posture", "Posture", 0, 100,
        List.of(new ScaleAnchor(100, "current posture"), new ScaleAnchor(0, "full withdrawal"), new ScaleAnchor(50, "offshore balancer")));
    return new Scenario(Metadata.of("t"), List.of(Source.of("t", "test")),
        List.of(Actor.simple("A", 2, SRC), Actor.simple("B", 1, SRC)), List.of(posture),
        List.of(Position.of("A", "posture", 80, 0.5, SRC), Position.of("B", "posture", 20, 1, SRC)),
        List.of(new Relation("ab", RelationType.DEFENSE, "A", "B", OptionalInt.of(1953), OptionalDouble.empty(), SRC)),
        List.of());
  }

  @Test
  void apply_editsInOrder_returnsNewScenarioAndLeavesBaseline() {
    Scenario s = base();
    PolicyOption o = new PolicyOption("o", "o", "", List.of(
        new ScenarioEdit.SetPosition("A", "posture", 50),
        new ScenarioEdit.ShiftPosition("A", "posture", 70),
        new ScenarioEdit.SetSalience("B", "posture", 0.2),
        new ScenarioEdit.ScaleCapability("A", 0.5),
        new ScenarioEdit.RemoveRelation("ab")), SRC);
    Scenario t = s.apply(o);
    assertThat(t.position("A", "posture").orElseThrow().position()).isEqualTo(100.0); // 50 + 70 clamped to scale
    assertThat(t.position("B", "posture").orElseThrow().salience()).isEqualTo(0.2);
    assertThat(t.actor("A").orElseThrow().capability()).isEqualTo(1.0);
    assertThat(t.relations()).isEmpty();
    assertThat(s.position("A", "posture").orElseThrow().position()).isEqualTo(80.0);
    assertThat(s.relations()).hasSize(1);
  }

  @Test
  void apply_removeActor_dropsItsPositionsAndRelations() {
    Scenario t = base().apply(new ScenarioEdit.RemoveActor("B"));
    assertThat(t.actors()).extracting(Actor::id).containsExactly("A");
    assertThat(t.positions()).extracting(Position::actorId).containsExactly("A");
    assertThat(t.relations()).isEmpty();
  }

  @Test
  void apply_unknownActor_namesOptionAndEdit() {
    PolicyOption o = new PolicyOption("bad", "bad", "", List.of(new ScenarioEdit.SetCapability("Z", 1)), SRC);
    assertThatThrownBy(() -> base().apply(o)).hasMessage("option bad, edit 0: unknown actor Z");
  }

  @Test
  void constructor_duplicatePosition_rejected() {
    Scenario s = base();
    assertThatThrownBy(() -> s.withPositions(List.of(Position.of("A", "posture", 1, 1, SRC), Position.of("A", "posture", 2, 1, SRC))))
        .hasMessageContaining("two positions for A on posture");
  }

  @Test
  void describe_labelsNearestAnchorOrBetween() {
    Issue posture = base().issues().get(0);
    assertThat(posture.describe(50)).isEqualTo("offshore balancer");
    assertThat(posture.describe(55)).isEqualTo("offshore balancer");
    assertThat(posture.describe(75)).isEqualTo("between \"offshore balancer\" and \"current posture\"");
    assertThat(posture.describe(96)).isEqualTo("current posture");
  }

  @Test
  void describe_blankLabels_carryNoMeaning() {
    Issue blank = new Issue("x", "x", 0, 100, List.of(new ScaleAnchor(0, ""), new ScaleAnchor(100, " ")));
    assertThat(blank.describe(50)).isEmpty();
    Issue mixed = new Issue("y", "y", 0, 100, List.of(new ScaleAnchor(0, ""), new ScaleAnchor(40, "low"), new ScaleAnchor(100, "")));
    assertThat(mixed.describe(90)).isEqualTo("low");
    assertThat(mixed.describe(10)).isEqualTo("low");
  }
}
