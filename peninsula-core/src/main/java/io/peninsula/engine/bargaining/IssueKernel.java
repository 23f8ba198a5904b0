package io.peninsula.engine.bargaining;

import io.peninsula.model.Issue;

/**
 * One issue's forecast outcome from numbers alone, for an {@link BargainingModel#issueSeparable()
 * issue-separable} model: the same number, bit for bit, as the model's {@link
 * BargainingModel#forecast} gives on that issue, without building scenario records, trajectories
 * or notes. Monte Carlo runs it on every sample ({@link BargainingModel#issueKernel}).
 *
 * <p>Not thread-safe: a kernel may keep scratch arrays between calls, so each thread asks the
 * model for its own.
 */
@FunctionalInterface
public interface IssueKernel {
  /**
   * The outcome on {@code issue} of the actors holding a position on it, in scenario actor order
   * (as {@link IssueData}): their capabilities, positions and saliences. The arrays are read, not
   * kept or modified.
   *
   * @throws IllegalArgumentException as {@link BargainingModel#forecast} would for that issue
   */
  double outcome(Issue issue, double[] capability, double[] position, double[] salience);

  /**
   * The same outcome, told which actor holds each slot ({@code actorIds}, in the arrays' order):
   * kernels that need to know who is who (the veto-player constraint: {@link VetoConstrainedModel})
   * override this; the default ignores the ids. Callers that know the ids call this one.
   */
  default double outcome(Issue issue, java.util.List<String> actorIds, double[] capability, double[] position, double[] salience) {
    return outcome(issue, capability, position, salience);
  }
}
