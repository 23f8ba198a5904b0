package io.peninsula.engine.analysis;

import io.peninsula.model.Issue;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A policy option whose edits only set or shift positions, set saliences, or add and remove
 * relations, compiled to operations on the arrays of the issues it touches, so Monte Carlo applies
 * it to a drawn sample without building scenario records. Applying the operations in edit order
 * gives the numbers {@link Scenario#apply(PolicyOption)} gives (a shift is clamped to the scale the
 * same way); relation edits change no number an issue-separable model reads.
 */
final class CompiledOption {
  private enum Kind { SET_POSITION, SHIFT_POSITION, SET_SALIENCE }

  /** One edit on the slot-th actor of an issue (in {@link IssueLayout} order). */
  private record Edit(Kind kind, int slot, int position, double value) {}

  /** The touched issues' indices, ascending. */
  final int[] issues;
  /** Per touched issue, its edits in option order; scale ends for clamping shifts. */
  private final Edit[][] edits;
  private final double[] min;
  private final double[] max;

  private CompiledOption(TreeMap<Integer, List<Edit>> byIssue, List<Issue> all) {
    int m = byIssue.size();
    issues = new int[m];
    edits = new Edit[m][];
    min = new double[m];
    max = new double[m];
    int t = 0;
    for (var e : byIssue.entrySet()) {
      issues[t] = e.getKey();
      edits[t] = e.getValue().toArray(new Edit[0]);
      min[t] = all.get(e.getKey()).min();
      max[t] = all.get(e.getKey()).max();
      t++;
    }
  }

  /**
   * The compiled option, or empty when an edit changes capabilities or the actor set (every issue
   * then needs the full model) or the option does not apply to the scenario (the record path then
   * reports the error as before). Whether edits of these kinds apply depends only on the
   * scenario's structure, never on the sampled numbers, so one check on the scenario serves all
   * samples.
   */
  static Optional<CompiledOption> compile(Scenario scenario, IssueLayout layout, PolicyOption option) {
    try {
      scenario.apply(option);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    List<Issue> issues = scenario.issues();
    List<Position> ps = scenario.positions();
    TreeMap<Integer, List<Edit>> byIssue = new TreeMap<>();
    for (ScenarioEdit e : option.edits()) {
      if (e instanceof ScenarioEdit.AddRelation || e instanceof ScenarioEdit.RemoveRelation) continue;
      Kind kind;
      String actor;
      String issue;
      double value;
      if (e instanceof ScenarioEdit.SetPosition x) {
        kind = Kind.SET_POSITION;
        actor = x.actor();
        issue = x.issue();
        value = x.value();
      } else if (e instanceof ScenarioEdit.ShiftPosition x) {
        kind = Kind.SHIFT_POSITION;
        actor = x.actor();
        issue = x.issue();
        value = x.delta();
      } else if (e instanceof ScenarioEdit.SetSalience x) {
        kind = Kind.SET_SALIENCE;
        actor = x.actor();
        issue = x.issue();
        value = x.value();
      } else {
        return Optional.empty();
      }
      int j = -1;
      for (int i = 0; i < issues.size(); i++) if (issues.get(i).id().equals(issue)) j = i;
      int k = -1;
      for (int i = 0; i < ps.size(); i++) if (ps.get(i).actorId().equals(actor) && ps.get(i).issueId().equals(issue)) k = i;
      byIssue.computeIfAbsent(j, key -> new ArrayList<>()).add(new Edit(kind, layout.slot(j, k), k, value));
    }
    return Optional.of(new CompiledOption(byIssue, issues));
  }

  /**
   * Applies every edit to a whole sample's positions and saliences, indexed as {@link
   * Scenario#positions()} (for a {@link io.peninsula.engine.bargaining.ScenarioKernel}); the same
   * numbers as {@link #apply} on each touched issue's arrays, since edits on different issues
   * touch different positions and each position's edits keep their order.
   */
  void applyAll(double[] location, double[] salience) {
    for (int t = 0; t < edits.length; t++) {
      for (Edit e : edits[t]) {
        int k = e.position();
        switch (e.kind()) {
          case SET_POSITION -> location[k] = e.value();
          case SHIFT_POSITION -> location[k] = Math.max(min[t], Math.min(max[t], location[k] + e.value()));
          case SET_SALIENCE -> salience[k] = e.value();
        }
      }
    }
  }

  /** Applies the edits of the t-th touched issue to its positions x and saliences s, in edit order. */
  void apply(int t, double[] x, double[] s) {
    for (Edit e : edits[t]) {
      switch (e.kind()) {
        case SET_POSITION -> x[e.slot()] = e.value();
        case SHIFT_POSITION -> x[e.slot()] = Math.max(min[t], Math.min(max[t], x[e.slot()] + e.value()));
        case SET_SALIENCE -> s[e.slot()] = e.value();
      }
    }
  }
}
