package io.peninsula.formats.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.SpatialModelOfPolitics;
import io.peninsula.model.Scenario;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-trajectory agreement with KTAB's full reference logs (shared anchors, not copied: 1.6 MB).
 * Parses the blocks "History of actor positions over time" (every state, %5.1f) and "History of
 * actors' winning probabilities" (every state, %.4f) and compares every value.
 */
class KtabSmpReferenceLogTest {

  record Log(Map<String, double[]> positions, Map<String, double[]> probs) {}

  static Log parse(List<String> lines) {
    Map<String, double[]> pos = new LinkedHashMap<>();
    Map<String, double[]> prob = new LinkedHashMap<>();
    int mode = 0;
    for (String l : lines) {
      if (l.startsWith("History of actor positions over time")) { mode = 1; continue; }
      if (l.startsWith("History of actors' winning probabilities")) { mode = 2; continue; }
      if (mode == 1 && l.contains(", ") && l.contains(":")) {
        int c = l.lastIndexOf(':');
        pos.put(l.substring(0, c).trim(), values(l.substring(c + 1)));
      } else if (mode == 2 && l.contains(", prob :")) {
        String[] f = l.split(", prob :");
        prob.put(f[0].trim(), values(f[1]));
      } else if (mode == 2) mode = 0;
      else if (mode == 1 && !l.contains(":")) mode = 0;
    }
    return new Log(pos, prob);
  }

  static double[] values(String s) {
    return java.util.Arrays.stream(s.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dummyData_3Dim", "SOE-Pol-Comp"})
  void forecast_ktabReferenceLog_matchesEveryStateAndProbability(String input) throws IOException {
    Path dir = SharedFiles.require("anchors/ktab-smp");
    Path log = SharedFiles.require("anchors/ktab-smp/20170530_ref-" + input + ".txt");
    Log ref = parse(Files.readAllLines(log, StandardCharsets.ISO_8859_1));
    Scenario s = KtabCsvReader.read(input + ".csv", Files.readString(dir.resolve(input + ".csv")));
    SpatialModelOfPolitics model = new SpatialModelOfPolitics();
    ForecastResult r = model.forecast(s, ModelConfig.defaults());
    double maxPos = 0;
    double maxProb = 0;
    List<String> bad = new ArrayList<>();
    for (IssueForecast f : r.issues()) {
      String dim = s.issue(f.issueId()).orElseThrow().title();
      for (int i = 0; i < f.actorIds().size(); i++) {
        double[] want = ref.positions().get(f.actorIds().get(i) + ", " + dim);
        assertThat(want).as("log line for %s, %s", f.actorIds().get(i), dim).isNotNull().hasSize(f.rounds().size());
        for (int t = 0; t < want.length; t++) {
          double dev = Math.abs(f.rounds().get(t).get(i) - want[t]);
          maxPos = Math.max(maxPos, dev);
          if (dev > KtabSmpAnchorTest.POSITION_TOLERANCE) bad.add(f.actorIds().get(i) + "/" + dim + " state " + t);
        }
      }
    }
    List<String> ids = r.issues().get(0).actorIds();
    for (int t = 0; t < r.issues().get(0).rounds().size(); t++) {
      double[] p = model.winProbabilities(s, ModelConfig.defaults(), r, t);
      for (int i = 0; i < ids.size(); i++) {
        double dev = Math.abs(p[i] - ref.probs().get(ids.get(i))[t]);
        maxProb = Math.max(maxProb, dev);
        if (dev > 0.002) bad.add(ids.get(i) + " probability state " + t + ": KTAB " + ref.probs().get(ids.get(i))[t] + ", ours " + p[i]);
      }
    }
    System.out.printf("KTAB log %s: every state: max |Δ position| = %.4f, max |Δ win probability| = %.5f%n", input, maxPos, maxProb);
    assertThat(bad).isEmpty();
  }
}
