package io.peninsula.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.NfgReader;
import io.peninsula.formats.imports.DeuReader;
import io.peninsula.formats.imports.OutcomesCsvReader;
import java.io.StringReader;

/**
 * One Jazzer target per input parser, under {@link FuzzContract}. In {@code mvn verify} each runs
 * its regression inputs ({@code ParserFuzzTestInputs/<target>/} in the test resources: the shipped
 * examples, hostile inputs and every crash found); {@code JAZZER_FUZZ=1} fuzzes one target
 * ({@code bench/fuzz.sh}).
 */
class ParserFuzzTest {
  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void yaml(byte[] data) {
    FuzzContract.check("f.yaml", FuzzContract.text(data), t -> ScenarioFormats.read("yaml", "f.yaml", t));
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void json(byte[] data) {
    FuzzContract.check("f.json", FuzzContract.text(data), t -> ScenarioFormats.read("json", "f.json", t));
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void ktabCsv(byte[] data) {
    FuzzContract.check("f.csv", FuzzContract.text(data), t -> ScenarioFormats.read("ktab-csv", "f.csv", t));
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void bdmCsv(byte[] data) {
    FuzzContract.check("f.csv", FuzzContract.text(data), t -> ScenarioFormats.read("bdm-csv", "f.csv", t));
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void decide(byte[] data) {
    FuzzContract.check("f.txt", FuzzContract.text(data), t -> ScenarioFormats.read("decide", "f.txt", t));
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void deu(byte[] data) {
    String text = FuzzContract.text(data);
    FuzzContract.check("f.tsv", text, t -> ScenarioFormats.read("deu", "f.tsv", t));
    FuzzContract.check("f.tsv", text, t -> DeuReader.read(new StringReader(t), "f.tsv"));
  }

  /** The outcomes CSV of {@code backtest --outcomes}, read against the issues of scenarios/mini.yaml. */
  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void outcomesCsv(byte[] data) {
    FuzzContract.check("o.csv", FuzzContract.text(data), t -> OutcomesCsvReader.read(t, "o.csv", MINI));
  }

  private static final io.peninsula.model.Scenario MINI = mini();

  private static io.peninsula.model.Scenario mini() {
    try (var in = ParserFuzzTest.class.getResourceAsStream("/scenarios/mini.yaml")) {
      return ScenarioFormats.read("yaml", "mini.yaml", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void nfg(byte[] data) {
    FuzzContract.check("f.nfg", FuzzContract.text(data), t -> NfgReader.read("f.nfg", t));
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void efg(byte[] data) {
    FuzzContract.check("f.efg", FuzzContract.text(data), t -> EfgReader.read("f.efg", t));
  }
}
