package io.peninsula.formats.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BdmCsvReaderTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = BdmCsvReaderTest.class.getResourceAsStream("/bdm/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void read_exampleActors_oneIssueTenActorsValuesAsWritten() throws IOException {
    Scenario s = BdmCsvReader.read("ExampleActors.csv", resource("ExampleActors.csv"));
    assertThat(s.metadata().id()).isEqualTo("exampleactors");
    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.id()).isEqualTo("ExampleActors");
      assertThat(i.min()).isEqualTo(4.0);
      assertThat(i.max()).isEqualTo(10.0);
    });
    assertThat(s.actors()).extracting(a -> a.id()).containsExactly(
        "Netherlands", "Belgium", "Luxembourg", "Germany", "France", "Italy", "UK", "Ireland", "Denmark", "Greece");
    assertThat(s.actor("UK").orElseThrow().capability()).isEqualTo(0.16);
    Position uk = s.position("UK", "ExampleActors").orElseThrow();
    assertThat(uk.position()).isEqualTo(10.0);
    assertThat(uk.salience()).isEqualTo(0.9);
    assertThat(s.metadata().description()).doesNotContain("divided by 100");
  }

  @Test
  void read_exampleActorsThenBdm_reproducesReplicationFinalWeightedMean() throws IOException {
    Scenario s = BdmCsvReader.read("ExampleActors.csv", resource("ExampleActors.csv"));
    IssueForecast f = BargainingModels.byName("bdm").orElseThrow().forecast(s, ModelConfig.defaults()).issues().get(0);
    assertThat(f.rounds().get(0)).hasSize(10);
    // Example.log, round 10: "Mean position: 7.242130958473938"
    assertThat(f.outcome()).isCloseTo(7.242130958473938, within(1e-6));
  }

  @Test
  void scenarioFormats_autoDetectsBdmCsv() throws IOException {
    Scenario s = io.peninsula.formats.ScenarioFormats.read("auto", "ExampleActors.csv", resource("ExampleActors.csv"));
    assertThat(s.actors()).hasSize(10);
    assertThat(io.peninsula.formats.ScenarioFormats.NAMES).contains("bdm-csv");
  }

  @Test
  void read_sultan_namesWithSpacesAndSlashesAndCapabilityAboveOne() throws IOException {
    Scenario s = BdmCsvReader.read("data/Sultan.csv", resource("Sultan.csv"));
    assertThat(s.actors()).hasSize(17);
    assertThat(s.metadata().id()).isEqualTo("sultan");
    assertThat(s.actor("RELIGIOUS_LEADERS").orElseThrow().name()).isEqualTo("RELIGIOUS LEADERS");
    assertThat(s.actor("EUR_JPN").orElseThrow().name()).isEqualTo("EUR/JPN");
    assertThat(s.actor("FAHD").orElseThrow().capability()).isEqualTo(1.05);
    assertThat(s.issues().get(0).min()).isEqualTo(12.85);
    assertThat(s.issues().get(0).max()).isEqualTo(14.25);
  }

  @Test
  void read_saliencePercent_isDividedBy100AndRecorded() {
    String csv = "\uFEFFactor , SALIENCE,Capability,Position\r\nA,80,1,0\r\n\r\n\"B, Inc.\",5,2,100\r\n";
    Scenario s = BdmCsvReader.read("pct.csv", csv);
    assertThat(s.position("A", "pct").orElseThrow().salience()).isCloseTo(0.8, within(1e-15));
    assertThat(s.position("B_Inc", "pct").orElseThrow().salience()).isCloseTo(0.05, within(1e-15));
    assertThat(s.metadata().description()).contains("divided by 100");
  }

  @Test
  void read_badRows_reportsEveryProblemWithLineAndColumn() {
    String csv = String.join("\n",
        "Actor,Capability,Position,Salience",
        "A,0.5,3,0.5",
        "B,-1,4,0.5",
        "C,0.2,x,0.5",
        "A,0.1,5,101",
        ",0.1,5,0.1",
        "E,0.1,5",
        "F,NaN,1e400,0.2");
    InputException e = catchThrowableOfType(InputException.class, () -> BdmCsvReader.read("bad.csv", csv));
    assertThat(e.problems()).extracting(Problem::format).containsExactly(
        "bad.csv:3:3: Capability: Capability = -1 is out of range; allowed: a number >= 0",
        "bad.csv:4:7: Position: Position = \"x\" is not a number; write any finite number with a decimal point (e.g. 0.75)",
        "bad.csv:5:1: Actor: actor \"A\" appears twice; each actor needs one row",
        "bad.csv:5:9: Salience: Salience = 101 is out of range; allowed: a number in [0, 100] (0-1, or 0-100 for the whole file)",
        "bad.csv:6:1: Actor: actor name is empty; give each actor a name",
        "bad.csv:7: row has 3 fields, the header has 4 (Actor,Capability,Position,Salience); fix the row or quote a name that contains a comma",
        "bad.csv:8:3: Capability: Capability = \"NaN\" is not a number; write a number >= 0 with a decimal point (e.g. 0.75)",
        "bad.csv:8:7: Position: Position = 1e400 is out of range; allowed: any finite number");
  }

  @Test
  void read_badHeader_namesUnknownAndMissingColumns() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> BdmCsvReader.read("h.csv", "Actor,Capability,Postion,Salience\nA,1,2,0.5\n"));
    assertThat(e.problems()).extracting(Problem::format).containsExactly(
        "h.csv:1:18: unknown column \"Postion\"; the columns are Actor,Capability,Position,Salience",
        "h.csv:1: missing column \"Position\"; the header must name Actor,Capability,Position,Salience");
  }

  @Test
  void read_emptyOrHeaderOnly_saysWhatIsExpected() {
    assertThatThrownBy(() -> BdmCsvReader.read("e.csv", "  \n"))
        .isInstanceOf(InputException.class).hasMessage("e.csv: the file is empty; expected a header line Actor,Capability,Position,Salience and one row per actor");
    assertThatThrownBy(() -> BdmCsvReader.read("e.csv", "Actor,Capability,Position,Salience\n"))
        .hasMessage("e.csv:1: no actor rows after the header; add one row per actor");
    assertThatThrownBy(() -> BdmCsvReader.read("q.csv", "Actor,Capability,Position,Salience\n\"A,1,2,0.5\n"))
        .hasMessage("q.csv:2: a quoted field is not closed; add the closing \"");
  }

  @Test
  void read_namesThatAreNotIds_getValidDistinctIds() {
    Scenario s = BdmCsvReader.read("My Case (v2).csv",
        "Actor,Capability,Position,Salience\n1st party,1,0,0.5\nEUR/JPN,1,1,0.5\nEUR JPN,1,2,0.5\nÉtat,1,3,0.5\n");
    assertThat(s.metadata().id()).isEqualTo("my-case-v2");
    assertThat(s.issues().get(0).id()).isEqualTo("My_Case_v2");
    assertThat(s.actors()).extracting(a -> a.id()).containsExactly("A_1st_party", "EUR_JPN", "EUR_JPN_2", "Etat");
    assertThat(s.actors()).extracting(a -> a.name()).containsExactly("1st party", "EUR/JPN", "EUR JPN", "État");
  }

  @Test
  void read_allPositionsEqual_scaleIsWidened() {
    Scenario s = BdmCsvReader.read("same.csv", "Actor,Capability,Position,Salience\nA,1,5,0.5\nB,1,5,0.5\n");
    assertThat(s.issues().get(0).min()).isEqualTo(4.0);
    assertThat(s.issues().get(0).max()).isEqualTo(6.0);
  }
}
