package io.peninsula.engine.bargaining;

/**
 * Every issue's forecast outcome of one scenario from numbers alone, for a model that forecasts
 * issues jointly (SMP): the same numbers, bit for bit, as the model's {@link
 * BargainingModel#forecast} gives on a scenario with the kernel's structure and these numbers,
 * without building scenario records, trajectories or notes. It is the per-sample counterpart of
 * {@link IssueKernel} (which is per issue and only exists for issue-separable models): Monte
 * Carlo and sweeps call it once per sample and option, over all issues at once.
 *
 * <p>A kernel is bound by {@link BargainingModel#scenarioKernel} to a scenario's <em>structure</em>
 * — its actors, issues and which actor holds a position on which issue, in {@code
 * Scenario.positions()} order — and to a {@link ModelConfig} (parameters, iteration limits); the
 * numbers and the seed come with each call. Implementations may be called from several threads at
 * once only if they keep no scratch state; callers ask for one kernel per thread.
 */
@FunctionalInterface
public interface ScenarioKernel {
  /**
   * Writes into {@code out[j]} the outcome on the structure's issue j.
   *
   * @param capability per actor, in {@code Scenario.actors()} order
   * @param position per position, in {@code Scenario.positions()} order, on its issue's scale
   * @param salience per position, in {@code Scenario.positions()} order
   * @param seed the model seed ({@link ModelConfig#seed()} of the equivalent forecast)
   * @param out one slot per issue, in {@code Scenario.issues()} order
   * @throws IllegalArgumentException as {@link BargainingModel#forecast} would on those numbers
   */
  void outcomes(double[] capability, double[] position, double[] salience, long seed, double[] out);
}
