package io.peninsula.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.NfgReader;
import io.peninsula.formats.imports.DeuReader;
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

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void nfg(byte[] data) {
    FuzzContract.check("f.nfg", FuzzContract.text(data), t -> NfgReader.read("f.nfg", t));
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void efg(byte[] data) {
    FuzzContract.check("f.efg", FuzzContract.text(data), t -> EfgReader.read("f.efg", t));
  }
}
