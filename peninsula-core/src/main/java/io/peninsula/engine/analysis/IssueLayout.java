package io.peninsula.engine.analysis;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each issue's numbers sit in a sample drawn as arrays ({@link UncertaintySampler#draw}):
 * for issue j, the actors holding a position on it in scenario actor order — the order of
 * {@link io.peninsula.engine.bargaining.IssueData} and so of every model — with their index in
 * {@link Scenario#actors()} and their position's index in {@link Scenario#positions()}.
 */
final class IssueLayout {
  private final int[][] actor;
  private final int[][] position;
  /** Issue j's declared influences by slot (NaN: the actor's sampled capability applies). */
  private final double[][] influence;
  private final List<List<String>> ids = new java.util.ArrayList<>();

  IssueLayout(Scenario scenario) {
    List<Issue> issues = scenario.issues();
    List<Actor> actors = scenario.actors();
    Map<String, Integer> issueIndex = new HashMap<>();
    for (int j = 0; j < issues.size(); j++) issueIndex.put(issues.get(j).id(), j);
    Map<String, Integer> actorIndex = new HashMap<>();
    for (int a = 0; a < actors.size(); a++) actorIndex.put(actors.get(a).id(), a);
    int[][] byActor = new int[issues.size()][actors.size()];
    for (int[] row : byActor) java.util.Arrays.fill(row, -1);
    List<Position> ps = scenario.positions();
    for (int k = 0; k < ps.size(); k++) byActor[issueIndex.get(ps.get(k).issueId())][actorIndex.get(ps.get(k).actorId())] = k;
    actor = new int[issues.size()][];
    position = new int[issues.size()][];
    influence = new double[issues.size()][];
    for (int j = 0; j < issues.size(); j++) {
      int n = 0;
      for (int k : byActor[j]) if (k >= 0) n++;
      actor[j] = new int[n];
      position[j] = new int[n];
      influence[j] = new double[n];
      List<String> names = new java.util.ArrayList<>(n);
      int t = 0;
      for (int a = 0; a < actors.size(); a++)
        if (byActor[j][a] >= 0) {
          actor[j][t] = a;
          names.add(actors.get(a).id());
          influence[j][t] = ps.get(byActor[j][a]).influence().map(io.peninsula.model.Influence::value).orElse(Double.NaN);
          position[j][t++] = byActor[j][a];
        }
      ids.add(List.copyOf(names));
    }
  }

  /** Number of actors with a position on issue j. */
  int size(int j) {
    return actor[j].length;
  }

  /** The slot on issue j of the position with index k in {@link Scenario#positions()}, or −1. */
  int slot(int j, int k) {
    for (int t = 0; t < position[j].length; t++) if (position[j][t] == k) return t;
    return -1;
  }

  /** The ids of the actors holding a position on issue j, in slot order (one list per issue, reused). */
  List<String> actorIds(int j) {
    return ids.get(j);
  }

  /**
   * Copies issue j's numbers from a drawn sample into c, x, s (length {@link #size}(j)); an actor
   * whose position declares an influence gets it instead of its sampled capability, as in
   * {@link io.peninsula.engine.bargaining.IssueData}.
   */
  void fill(int j, double[] capability, double[] location, double[] salience, double[] c, double[] x, double[] s) {
    int[] as = actor[j];
    int[] ks = position[j];
    double[] inf = influence[j];
    for (int t = 0; t < as.length; t++) {
      c[t] = Double.isNaN(inf[t]) ? capability[as[t]] : inf[t];
      x[t] = location[ks[t]];
      s[t] = salience[ks[t]];
    }
  }
}
