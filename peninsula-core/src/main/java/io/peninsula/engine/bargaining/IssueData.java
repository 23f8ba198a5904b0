package io.peninsula.engine.bargaining;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers one issue contributes to a single-issue model: the actors that hold a position on
 * it (in scenario order) with their capability, position and salience. An actor's capability here
 * is its {@link io.peninsula.model.Influence influence} on this issue when the position declares
 * one, else its global capability: the one place where issue models read capabilities, so every
 * model honours influence. Arrays are owned by this object and must not be modified by callers.
 */
public record IssueData(Issue issue, List<String> actorIds, double[] capability, double[] position, double[] salience) {

  public static IssueData of(Scenario scenario, Issue issue) {
    List<Position> ps = scenario.positionsOn(issue.id());
    Map<String, Actor> actors = new HashMap<>();
    for (Actor a : scenario.actors()) actors.put(a.id(), a);
    int n = ps.size();
    double[] c = new double[n];
    double[] x = new double[n];
    double[] s = new double[n];
    List<String> ids = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Position p = ps.get(k);
      Actor a = actors.get(p.actorId());
      ids.add(a.id());
      c[k] = p.capabilityOn(a);
      x[k] = p.position();
      s[k] = p.salience();
    }
    return new IssueData(issue, List.copyOf(ids), c, x, s);
  }

  public int size() {
    return actorIds.size();
  }

  /** Round 0 of a trajectory: the input positions. */
  public List<Double> inputPositions() {
    List<Double> out = new ArrayList<>(position.length);
    for (double v : position) out.add(v);
    return out;
  }
}
