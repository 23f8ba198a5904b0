package io.peninsula.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.EfgWriter;
import io.peninsula.formats.gambit.NfgReader;
import io.peninsula.formats.gambit.NfgWriter;
import io.peninsula.formats.scenario.ScenarioWriter;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.StrategicGame;
import io.peninsula.model.Scenario;

/**
 * One Jazzer target per writer: whatever the fuzzed input parses into is written, read back, and
 * must equal what was written (write → read → equal). Inputs that do not parse are checked under
 * {@link FuzzContract} and stop there.
 */
class WriterRoundTripFuzzTest {
  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void yamlWriter(byte[] data) {
    Scenario s = FuzzContract.check("f.yaml", FuzzContract.text(data), t -> ScenarioFormats.read("yaml", "f.yaml", t));
    if (s == null) return;
    String yaml = ScenarioWriter.toYaml(s);
    Scenario back = ScenarioFormats.read("yaml", "w.yaml", yaml);
    if (!back.equals(s)) throw new AssertionError("YAML round trip changed the scenario:\n" + yaml);
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void jsonWriter(byte[] data) {
    Scenario s = FuzzContract.check("f.json", FuzzContract.text(data), t -> ScenarioFormats.read("json", "f.json", t));
    if (s == null) return;
    String json = ScenarioWriter.toJson(s);
    Scenario back = ScenarioFormats.read("json", "w.json", json);
    if (!back.equals(s)) throw new AssertionError("JSON round trip changed the scenario:\n" + json);
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void nfgWriter(byte[] data) {
    StrategicGame g = FuzzContract.check("f.nfg", FuzzContract.text(data), t -> NfgReader.read("f.nfg", t));
    if (g == null) return;
    String text = NfgWriter.write(g);
    StrategicGame back = NfgReader.read("w.nfg", text);
    if (!back.equals(g)) throw new AssertionError(".nfg round trip changed the game:\n" + text);
  }

  @FuzzTest(maxDuration = FuzzContract.FUZZ_FOR)
  void efgWriter(byte[] data) {
    ExtensiveGame g = FuzzContract.check("f.efg", FuzzContract.text(data), t -> EfgReader.read("f.efg", t));
    if (g == null) return;
    String text = EfgWriter.write(g);
    ExtensiveGame back = EfgReader.read("w.efg", text);
    if (!back.equals(g)) throw new AssertionError(".efg round trip changed the game:\n" + text);
  }
}
