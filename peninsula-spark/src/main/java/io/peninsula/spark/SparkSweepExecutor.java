package io.peninsula.spark;

import io.peninsula.engine.sweep.SweepPlan;
import io.peninsula.engine.sweep.SweepTable;
import io.peninsula.formats.scenario.SweepScenarios;
import io.peninsula.formats.scenario.SweepSpecReader;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The {@code --engine spark} executor: the same {@link SweepPlan#tasks()} as the local executor,
 * as one Spark job. The driver broadcasts the spec and the scenario texts; each executor JVM
 * rebuilds the plan once (deterministic) and runs the tasks of its partitions through {@link
 * SweepPlan#evaluate}; the driver collects the partials and {@link SweepPlan#combine}s them in
 * block or row order — so the table is the local one, bit for bit, for any executor count or
 * partitioning.
 */
public final class SparkSweepExecutor {
  /** What executors need to rebuild the plan: the spec as YAML and every scenario's text. */
  record Job(String specYaml, LinkedHashMap<String, SweepScenarios.Text> scenarios, int blocksPerTask, int rowsPerTask)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    SweepPlan plan() {
      return new SweepPlan(SweepSpecReader.read("sweep.yaml", specYaml), SweepScenarios.parse(scenarios), blocksPerTask, rowsPerTask);
    }
  }

  /** Plans built in this JVM, by job (one per executor JVM and job). */
  private static final Map<Job, SweepPlan> PLANS = new ConcurrentHashMap<>();

  private SparkSweepExecutor() {}

  static SweepPlan plan(Job job) {
    return PLANS.computeIfAbsent(job, Job::plan);
  }

  /**
   * Runs the sweep on {@code sc}.
   *
   * @param partitions number of RDD partitions of the task list; 0 for Spark's default parallelism × 4
   */
  public static SweepTable run(JavaSparkContext sc, String specYaml, Map<String, SweepScenarios.Text> scenarios, int partitions) {
    return run(sc, specYaml, scenarios, partitions, SweepPlan.MC_BLOCKS_PER_TASK, SweepPlan.SOBOL_ROWS_PER_TASK);
  }

  /** {@link #run(JavaSparkContext, String, Map, int)} with another task size (see {@link SweepPlan}). */
  public static SweepTable run(JavaSparkContext sc, String specYaml, Map<String, SweepScenarios.Text> scenarios, int partitions,
      int blocksPerTask, int rowsPerTask) {
    Job job = new Job(specYaml, new LinkedHashMap<>(scenarios), blocksPerTask, rowsPerTask);
    SweepPlan plan = plan(job); // validates on the driver before any task is shipped
    List<SweepPlan.Task> tasks = plan.tasks();
    int slices = partitions > 0 ? partitions : Math.max(1, Math.min(tasks.size(), sc.defaultParallelism() * 4));
    Broadcast<Job> b = sc.broadcast(job);
    List<Map.Entry<SweepPlan.Task, Serializable>> results = sc.parallelize(tasks, slices)
        .map(t -> (Map.Entry<SweepPlan.Task, Serializable>) new AbstractMap.SimpleImmutableEntry<SweepPlan.Task, Serializable>(t,
            plan(b.value()).evaluate(t)))
        .collect();
    b.destroy();
    return plan.combine(List.copyOf(results));
  }
}
