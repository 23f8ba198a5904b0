package io.peninsula.formats.bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.scenario.ScenarioLoader;
import io.peninsula.model.ActorKind;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Position;
import io.peninsula.model.RelationType;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled scenarios load through {@link ScenarioLoader} without a single problem, every
 * declared option applies, every position's source names a declared source and carries a quote or
 * is marked as a judgement, and the options change what they claim to change.
 */
class BundledScenariosLoadTest {
  static List<String> present() {
    return BundledScenarioFiles.present();
  }

  static Scenario load(String name) {
    return ScenarioLoader.parse(name + ".yaml", BundledScenarioFiles.text(name).orElseThrow());
  }

  @Test
  void bundledScenarioRegistryListsAllThree() {
    assertThat(BundledScenarios.names()).containsExactlyInAnyOrder("korea-2019", "korea-2025", "europe-2025");
  }

  @ParameterizedTest
  @MethodSource("present")
  void loadsValidatesAndAppliesEveryOption(String name) {
    Scenario s = load(name);
    assertThat(s.metadata().id()).isEqualTo(name);
    for (PolicyOption o : s.options())
      assertThatCode(() -> s.apply(o)).as("option %s", o.id()).doesNotThrowAnyException();
    Set<String> sources = s.sources().stream().map(src -> src.id()).collect(Collectors.toSet());
    for (Position p : s.positions()) {
      String where = p.actorId() + "/" + p.issueId();
      assertThat(sources).as(where).contains(p.source().sourceId());
      assertThat(p.source().quote().isPresent() || p.source().judgement()).as(where + ": quote or judgement").isTrue();
      p.source().quote().ifPresent(q -> assertThat(q).as(where).isNotBlank());
      var issue = s.issue(p.issueId()).orElseThrow();
      assertThat(p.position()).isBetween(issue.min(), issue.max());
    }
  }

  @ParameterizedTest
  @MethodSource("io.peninsula.formats.bundled.BundledScenarioFiles#koreaNames")
  void koreaScenariosModelCongressAndTheTwoCampsAsChildrenOfTheirState(String name) {
    Scenario s = load(name);
    assertThat(s.actor("US_CONGRESS").orElseThrow().kind()).isEqualTo(ActorKind.INSTITUTION);
    assertThat(s.actor("US_CONGRESS").orElseThrow().parent()).contains("USA");
    assertThat(s.actor("ROK_PROG").orElseThrow().parent()).contains("ROK");
    assertThat(s.actor("ROK_CONS").orElseThrow().kind()).isEqualTo(ActorKind.FACTION);
    assertThat(s.issues()).hasSize(10);
    assertThat(s.positions()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(s.option("status-quo").orElseThrow().edits()).isEmpty();
  }

  @Test
  void korea2025BindsRussiaAndDprkByThe2024DefenceTreatyAndKorea2019ByThe2000Consultation() {
    Scenario k25 = load("korea-2025");
    var r25 = k25.relations().stream().filter(r -> r.involves("RUS") && r.involves("DPRK")).toList();
    assertThat(r25).singleElement().satisfies(r -> {
      assertThat(r.type()).isEqualTo(RelationType.DEFENSE);
      assertThat(r.since()).hasValue(2024);
    });
    Scenario k19 = load("korea-2019");
    var r19 = k19.relations().stream().filter(r -> r.involves("RUS") && r.involves("DPRK")).toList();
    assertThat(r19).singleElement().satisfies(r -> assertThat(r.type()).isEqualTo(RelationType.CONSULTATION));
  }

  @Test
  void troopCutShocksDifferOnlyInWhetherCongressHoldsTheFloor() {
    Scenario s = load("korea-2025");
    Scenario noFloor = s.apply(s.option("shock-troop-cut").orElseThrow());
    Scenario floor = s.apply(s.option("shock-troop-cut-congress-floor").orElseThrow());
    assertThat(noFloor.position("USA", "force_posture").orElseThrow().position()).isEqualTo(35.0);
    assertThat(floor.position("USA", "force_posture").orElseThrow().position()).isEqualTo(35.0);
    assertThat(floor.position("US_CONGRESS", "force_posture").orElseThrow().position()).isEqualTo(100.0);
    assertThat(noFloor.position("US_CONGRESS", "force_posture").orElseThrow().position()).isEqualTo(40.0);
  }

  @Test
  void koreaLedDefenceMovesTheUsToTheOffshoreBalancerAnchor() {
    Scenario s = load("korea-2025");
    Scenario k = s.apply(s.option("korea-led-defence").orElseThrow());
    var fp = k.issue("force_posture").orElseThrow();
    double usa = k.position("USA", "force_posture").orElseThrow().position();
    assertThat(fp.describe(usa)).isEqualTo(fp.anchors().stream().filter(a -> a.value() == 50).findFirst().orElseThrow().label());
    assertThat(k.position("ROK_PROG", "opcon").orElseThrow().position()).isEqualTo(100.0);
  }
}
