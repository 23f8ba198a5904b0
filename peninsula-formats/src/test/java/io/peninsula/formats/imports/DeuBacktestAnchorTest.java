package io.peninsula.formats.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.backtest.Backtest;
import io.peninsula.engine.backtest.BacktestCase;
import io.peninsula.engine.backtest.ModelScore;
import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.testkit.SharedFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DEU III backtest (Arregui &amp; Perarnaud 2021 data set, read from ../shared and skipped when
 * absent). The expected figure, compromise MAE 23.22 on 353 decisions, was computed independently
 * of this code (a short Python script over the same file with the same rules: skip blank outcomes,
 * drop actors with a blank position or salience, capability = GDP row, salience / 100).
 */
class DeuBacktestAnchorTest {
  @Test
  void compromiseModel_onDeuIII_hasMae23_22Over353Issues() {
    Path file = SharedFiles.require("anchors/deu/deu3.csv");
    List<BacktestCase> cases = DeuReader.read(file);
    assertThat(cases).hasSize(353);
    ModelScore s = Backtest.score(cases, new CompromiseModel(), ModelConfig.defaults());
    assertThat(s.issues()).isEqualTo(353);
    assertThat(s.failed()).isEmpty();
    assertThat(Math.round(s.mae() * 100) / 100.0).isEqualTo(23.22);
    assertThat(s.medianAe()).isCloseTo(18.7979, within(1e-4));
  }
}
