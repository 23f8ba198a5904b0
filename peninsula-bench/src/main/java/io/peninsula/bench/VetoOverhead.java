package io.peninsula.bench;

import io.peninsula.engine.bargaining.*;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.scenario.ScenarioLoader;
import io.peninsula.model.Scenario;
import java.lang.management.*;
/**
 * Back-to-back CPU time (ThreadMXBean) of a forecast on korea-2025 without and with the veto
 * constraint, alternating, 4 measured repetitions after 2 warm-up ones: a steadier figure than
 * wall-clock JMH on a loaded machine. Run: {@code java -cp peninsula-bench/target/benchmarks.jar
 * io.peninsula.bench.VetoOverhead compromise 50000} (args: model, forecasts per repetition, any
 * third argument = without notes). Output in bench/veto.txt.
 */
public final class VetoOverhead {
  private VetoOverhead() {}

  public static void main(String[] a) {
    Scenario s = ScenarioLoader.parse("korea-2025.yaml", BundledScenarios.text("korea-2025").orElseThrow());
    String name = a.length > 0 ? a[0] : "compromise";
    BargainingModel none = BargainingModels.byName(name).orElseThrow();
    BargainingModel veto = new VetoConstrainedModel(none);
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    int n = Integer.parseInt(a.length > 1 ? a[1] : "20000");
    long[] cpu = new long[2];
    Object sink = null;
    for (int rep = 0; rep < 6; rep++) {
      for (int k = 0; k < 2; k++) {
        BargainingModel m = k == 0 ? none : veto;
        long c0 = t.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) sink = (a.length > 2 ? m.forecastWithoutNotes(s, ModelConfig.defaults()) : m.forecast(s, ModelConfig.defaults()));
        long c1 = t.getCurrentThreadCpuTime();
        if (rep >= 2) cpu[k] += c1 - c0;
      }
    }
    System.out.printf("%s: none %.2f us/op CPU, veto %.2f us/op CPU, overhead %.1f %%%n", name, cpu[0] / 4e3 / n, cpu[1] / 4e3 / n, 100.0 * (cpu[1] - cpu[0]) / cpu[0]);
    if (sink == null) System.out.println();
  }
}
