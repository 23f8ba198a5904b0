package io.peninsula.engine.bargaining;

import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ScenarioKernel} under the veto-player constraint: the wrapped kernel's outcome on every
 * issue, then, on each {@link Issue#vetoConstrained()} issue, {@link VetoWinset#constrain} with the
 * ideal points of the issue's holders in {@link Scenario#positions()} order — exactly the inputs
 * {@link VetoConstrainedModel#forecast} hands it on a scenario holding the call's numbers, so both
 * paths give the same bits. Stateless apart from the structure, so as thread-safe as the wrapped kernel.
 */
final class VetoScenarioKernel implements ScenarioKernel {
  private final ScenarioKernel inner;
  /** Per constrained issue: its index, the issue, its holders' ids and their slots in positions(). */
  private final int[] issueIndex;
  private final Issue[] issue;
  private final List<List<String>> holders;
  private final int[][] slots;

  private VetoScenarioKernel(ScenarioKernel inner, Scenario structure) {
    this.inner = inner;
    List<Issue> issues = structure.issues();
    List<Integer> constrained = new ArrayList<>();
    for (int j = 0; j < issues.size(); j++) if (issues.get(j).vetoConstrained()) constrained.add(j);
    issueIndex = constrained.stream().mapToInt(Integer::intValue).toArray();
    issue = new Issue[issueIndex.length];
    holders = new ArrayList<>(issueIndex.length);
    slots = new int[issueIndex.length][];
    List<Position> ps = structure.positions();
    for (int t = 0; t < issueIndex.length; t++) {
      issue[t] = issues.get(issueIndex[t]);
      List<String> ids = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int p = 0; p < ps.size(); p++) {
        if (!ps.get(p).issueId().equals(issue[t].id())) continue;
        ids.add(ps.get(p).actorId());
        at.add(p);
      }
      holders.add(List.copyOf(ids));
      slots[t] = at.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** {@code inner} itself when no issue of the structure is constrained (as the record path returns the inner result). */
  static ScenarioKernel wrap(ScenarioKernel inner, Scenario structure) {
    return VetoConstrainedModel.applies(structure) ? new VetoScenarioKernel(inner, structure) : inner;
  }

  @Override
  public void outcomes(double[] capability, double[] position, double[] salience, long seed, double[] out) {
    inner.outcomes(capability, position, salience, seed, out);
    for (int t = 0; t < issueIndex.length; t++) {
      int[] at = slots[t];
      double[] x = new double[at.length];
      for (int k = 0; k < at.length; k++) x[k] = position[at[k]];
      int j = issueIndex[t];
      out[j] = VetoWinset.constrain(issue[t], holders.get(t), x, out[j]).outcome();
    }
  }
}
