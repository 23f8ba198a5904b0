package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CLI reads decide-exchange-model files (auto-detected, quoted or not). */
class DecideInputCliTest {
  @Test
  void forecast_decideFile_autoDetectedAndRunByExchangeModel(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // the hand-computed two-actor exchange of ExchangeModelTest, written in the decide format
    java.nio.file.Path f = dir.resolve("two.txt");
    java.nio.file.Files.writeString(f, String.join("\n", "'#A'\t'A'\t'A'\t''", "'#A'\t'B'\t'B'\t''", "'#P'\t'p'\t''", "'#P'\t'q'\t''",
        "'#D'\t'A'\t'p'\t0\t0.8\t1", "'#D'\t'A'\t'q'\t0\t0.2\t1", "'#D'\t'B'\t'p'\t100\t0.2\t1", "'#D'\t'B'\t'q'\t100\t0.8\t1", ""));
    var r = CliRunner.run("forecast", f.toString(), "--model", "exchange", "--param", "rounds=1", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1,A,q,100").contains("1,B,p,0");
  }
}
