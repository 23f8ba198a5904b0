package io.peninsula.engine.bargaining;

import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Any bargaining model run under the veto-player constraint (Tsebelis 2002, <i>Veto Players</i>,
 * ch. 1–2): on every issue that declares a status quo and a decision rule that can block change
 * ({@link Issue#vetoConstrained()}), the wrapped model's settlement is moved to the nearest point
 * of the closure of the status quo's winset, computed from the actors' stated positions
 * ({@link VetoWinset}). Other issues keep the wrapped model's outcome unchanged, and a scenario
 * without such issues gets the wrapped model's result object itself — bit for bit.
 *
 * <p>The trajectory (rounds) is the wrapped model's; only the outcome moves. On constrained issues
 * {@link #forecast} adds one {@link RoundNote} of kind {@value #BOUND} (actor = the pivotal actor)
 * or {@value #FREE}, at the last round. The decorator keeps the wrapped model's {@link #name()}:
 * the constraint is a setting, reported beside the model (e.g. {@code compromise+veto} in backtests).
 */
public final class VetoConstrainedModel implements BargainingModel {
  /** Note kind: the constraint moved the settlement. */
  public static final String BOUND = "veto-bound";
  /** Note kind: the settlement lay inside the winset. */
  public static final String FREE = "veto-free";

  private final BargainingModel inner;

  public VetoConstrainedModel(BargainingModel inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  /** The wrapped model. */
  public BargainingModel inner() {
    return inner;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public String description() {
    return inner.description() + ", under the veto-player constraint (Tsebelis 2002)";
  }

  @Override
  public boolean issueSeparable() {
    return inner.issueSeparable();
  }

  @Override
  public ForecastResult forecast(Scenario scenario, ModelConfig config) {
    return constrain(scenario, inner.forecast(scenario, config), true);
  }

  @Override
  public ForecastResult forecastWithoutNotes(Scenario scenario, ModelConfig config) {
    return constrain(scenario, inner.forecastWithoutNotes(scenario, config), false);
  }

  /** True when at least one issue of the scenario is subject to the constraint. */
  public static boolean applies(Scenario scenario) {
    for (Issue i : scenario.issues()) if (i.vetoConstrained()) return true;
    return false;
  }

  /** What the constraint does to each constrained issue of an unconstrained forecast. */
  public static List<VetoWinset.Binding> bindings(Scenario scenario, ForecastResult unconstrained) {
    Winsets w = Winsets.of(scenario);
    List<VetoWinset.Binding> out = new ArrayList<>();
    List<IssueForecast> in = unconstrained.issues();
    for (int k = 0; k < in.size(); k++) {
      IssueForecast f = in.get(k);
      Entry e = w.find(f.issueId(), k);
      if (e != null) out.add(e.winset().bind(f.outcome()));
    }
    return out;
  }

  /**
   * The winsets of the last scenario this model constrained, kept while the same (immutable)
   * scenario object comes back: a forecast repeated on one scenario computes them once. Other
   * threads may race on it harmlessly (both compute the same value).
   */
  private volatile Winsets last;

  private ForecastResult constrain(Scenario scenario, ForecastResult r, boolean notes) {
    Winsets w = last;
    if (w == null || w.scenario() != scenario) last = w = Winsets.of(scenario);
    if (w.isEmpty()) return r;
    List<IssueForecast> in = r.issues();
    IssueForecast[] changed = null; // copy on write: only a bound issue gets a new record
    RoundNote[] added = notes ? new RoundNote[w.count()] : null;
    int nAdded = 0;
    for (int k = 0; k < in.size(); k++) {
      IssueForecast f = in.get(k);
      Entry e = w.find(f.issueId(), k);
      if (e == null) continue;
      double y = f.outcome();
      double z = e.winset().clamp(y);
      if (z != y) {
        if (changed == null) {
          changed = new IssueForecast[in.size()];
          for (int j = 0; j < changed.length; j++) changed[j] = in.get(j);
        }
        changed[k] = new IssueForecast(f.issueId(), f.actorIds(), f.rounds(), z, f.iterations(), f.converged());
      }
      if (notes) {
        if (nAdded == added.length) added = java.util.Arrays.copyOf(added, 2 * nAdded + 1);
        added[nAdded++] = e.note(f.issueId(), f.rounds().size() - 1, y, z);
      }
    }
    if (changed == null && nAdded == 0) return r;
    List<IssueForecast> issues = changed == null ? in : List.of(changed);
    List<RoundNote> all;
    if (nAdded == 0) {
      all = r.notes();
    } else if (r.notes().isEmpty() && nAdded == added.length) {
      all = List.of(added);
    } else {
      RoundNote[] joined = new RoundNote[r.notes().size() + nAdded];
      for (int k = 0; k < r.notes().size(); k++) joined[k] = r.notes().get(k);
      System.arraycopy(added, 0, joined, r.notes().size(), nAdded);
      all = List.of(joined);
    }
    return new ForecastResult(r.model(), issues, all);
  }

  /**
   * The winset of every constrained issue of one scenario, by issue index, so that constraining a
   * forecast costs a comparison per issue (and a note per issue when notes are asked for).
   */
  private record Winsets(Scenario scenario, Entry[] byIndex, java.util.Map<String, Entry> byId, int count) {
    static Winsets of(Scenario scenario) {
      List<Issue> issues = scenario.issues();
      Entry[] byIndex = new Entry[issues.size()];
      var index = new java.util.HashMap<String, Integer>();
      for (int k = 0; k < issues.size(); k++) if (issues.get(k).vetoConstrained()) index.put(issues.get(k).id(), k);
      if (index.isEmpty()) return new Winsets(scenario, byIndex, java.util.Map.of(), 0);
      // the ideal points of each constrained issue's actors, in scenario order: count, then fill
      int[] size = new int[issues.size()];
      List<Position> positions = scenario.positions();
      int[] slot = new int[positions.size()];
      for (int p = 0; p < slot.length; p++) {
        Integer k = index.get(positions.get(p).issueId());
        slot[p] = k == null ? -1 : k;
        if (k != null) size[k]++;
      }
      String[][] ids = new String[issues.size()][];
      double[][] xs = new double[issues.size()][];
      for (int k : index.values()) {
        ids[k] = new String[size[k]];
        xs[k] = new double[size[k]];
        size[k] = 0;
      }
      for (int p = 0; p < slot.length; p++) {
        int k = slot[p];
        if (k < 0) continue;
        ids[k][size[k]] = positions.get(p).actorId();
        xs[k][size[k]++] = positions.get(p).position();
      }
      var byId = new java.util.HashMap<String, Entry>();
      for (var ik : index.entrySet()) {
        int k = ik.getValue();
        Entry e = new Entry(VetoWinset.winset(issues.get(k), java.util.Arrays.asList(ids[k]), xs[k]));
        byIndex[k] = e;
        byId.put(ik.getKey(), e);
      }
      return new Winsets(scenario, byIndex, byId, byId.size());
    }

    boolean isEmpty() {
      return count == 0;
    }

    /** The entry of issue {@code id}, looked up first at index {@code k} (forecasts list issues in scenario order); null if unconstrained. */
    Entry find(String id, int k) {
      if (k < byIndex.length && scenario.issues().get(k).id().equals(id)) return byIndex[k];
      return byId.get(id);
    }
  }

  /**
   * One issue's winset, with its notes' fixed text (built at the first note) and the last note made
   * (a note depends only on the winset, the issue, the round and the settlement, so a forecast
   * repeated on the same scenario reuses it). Fields may be raced on harmlessly: every thread
   * computes the same immutable values.
   */
  private static final class Entry {
    private final VetoWinset.Winset winset;
    private String[] text;
    /** The last note made and the settlement it was made for (one immutable pair, read at once). */
    private Last last;

    private record Last(double settlement, RoundNote note) {}

    Entry(VetoWinset.Winset winset) {
      this.winset = winset;
    }

    VetoWinset.Winset winset() {
      return winset;
    }

    RoundNote note(String issueId, int round, double settlement, double outcome) {
      Last l = last;
      if (l != null && Double.doubleToLongBits(settlement) == Double.doubleToLongBits(l.settlement())
          && l.note().round() == round && l.note().issueId().equals(issueId))
        return l.note();
      String[] t = text;
      if (t == null) text = t = text();
      String head = "veto constraint: the settlement " + fmt(settlement);
      RoundNote n;
      if (outcome == settlement) {
        n = new RoundNote(issueId, round, "", "", FREE, head + t[0]);
      } else {
        boolean above = settlement > winset.upper();
        n = new RoundNote(issueId, round, above ? t[3] : t[4], "", BOUND, head + (above ? t[1] : t[2]));
      }
      last = new Last(settlement, n);
      return n;
    }

    /** " lies inside …", " lies outside … (above)", " lies outside … (below)", pivotal above, pivotal below. */
    private String[] text() {
      VetoWinset.Winset w = winset;
      String range = "[" + fmt(w.lower()) + ", " + fmt(w.upper()) + "], the winset of the status quo " + fmt(w.statusQuo());
      String above = w.upperBy().orElse("");
      String below = w.lowerBy().orElse("");
      return new String[] {" lies inside " + range,
          " lies outside " + range + (above.isEmpty() ? "" : "; " + above + " is pivotal") + ": forecast " + fmt(w.upper()),
          " lies outside " + range + (below.isEmpty() ? "" : "; " + below + " is pivotal") + ": forecast " + fmt(w.lower()),
          above, below};
    }
  }

  /** One decimal, as the tables print it (without String.format's per-call parsing). */
  private static String fmt(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    long a = Math.abs(tenths);
    return sign + (a / 10) + "." + (a % 10);
  }

  @Override
  public Optional<IssueKernel> issueKernel(ModelConfig config) {
    return inner.issueKernel(config).map(VetoKernel::new);
  }

  /**
   * The wrapped model's {@link ScenarioKernel} (smp) followed, on every constrained issue, by the
   * projection onto the winset of that call's positions, as {@link #forecast} does on the realised
   * scenario ({@link VetoScenarioKernel}).
   */
  @Override
  public Optional<ScenarioKernel> scenarioKernel(Scenario structure, ModelConfig config) {
    return inner.scenarioKernel(structure, config).map(k -> VetoScenarioKernel.wrap(k, structure));
  }

  /** The wrapped model's kernel followed by the projection onto the winset of the sampled positions. */
  private static final class VetoKernel implements IssueKernel {
    private final IssueKernel inner;

    VetoKernel(IssueKernel inner) {
      this.inner = inner;
    }

    @Override
    public double outcome(Issue issue, double[] capability, double[] position, double[] salience) {
      if (issue.vetoConstrained())
        throw new IllegalStateException("the veto constraint on issue " + issue.id() + " needs the actor ids: call outcome(issue, actorIds, ...)");
      return inner.outcome(issue, capability, position, salience);
    }

    @Override
    public double outcome(Issue issue, List<String> actorIds, double[] capability, double[] position, double[] salience) {
      double y = inner.outcome(issue, actorIds, capability, position, salience);
      if (!issue.vetoConstrained()) return y;
      return VetoWinset.winset(issue, actorIds, position).clamp(y);
    }
  }
}
