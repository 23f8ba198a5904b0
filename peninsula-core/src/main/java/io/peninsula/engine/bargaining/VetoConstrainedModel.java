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
    var constrained = new java.util.HashMap<String, Issue>();
    for (Issue i : scenario.issues()) if (i.vetoConstrained()) constrained.put(i.id(), i);
    // the ideal points of each constrained issue's actors, in one pass over the positions
    var ids = new java.util.HashMap<String, List<String>>();
    var xs = new java.util.HashMap<String, List<Double>>();
    for (Position p : scenario.positions()) {
      if (!constrained.containsKey(p.issueId())) continue;
      ids.computeIfAbsent(p.issueId(), k -> new ArrayList<>()).add(p.actorId());
      xs.computeIfAbsent(p.issueId(), k -> new ArrayList<>()).add(p.position());
    }
    List<VetoWinset.Binding> out = new ArrayList<>();
    for (IssueForecast f : unconstrained.issues()) {
      Issue issue = constrained.get(f.issueId());
      if (issue == null) continue;
      List<Double> xl = xs.getOrDefault(issue.id(), List.of());
      double[] x = new double[xl.size()];
      for (int k = 0; k < x.length; k++) x[k] = xl.get(k);
      out.add(VetoWinset.constrain(issue, ids.getOrDefault(issue.id(), List.of()), x, f.outcome()));
    }
    return out;
  }

  private static ForecastResult constrain(Scenario scenario, ForecastResult r, boolean notes) {
    if (!applies(scenario)) return r;
    var byIssue = new java.util.HashMap<String, VetoWinset.Binding>();
    for (VetoWinset.Binding b : bindings(scenario, r)) byIssue.put(b.issueId(), b);
    List<IssueForecast> issues = new ArrayList<>(r.issues().size());
    List<RoundNote> extra = new ArrayList<>(r.notes());
    for (IssueForecast f : r.issues()) {
      VetoWinset.Binding b = byIssue.get(f.issueId());
      if (b == null) {
        issues.add(f);
        continue;
      }
      issues.add(new IssueForecast(f.issueId(), f.actorIds(), f.rounds(), b.outcome(), f.iterations(), f.converged()));
      if (notes) extra.add(note(f, b));
    }
    return new ForecastResult(r.model(), issues, extra);
  }

  private static RoundNote note(IssueForecast f, VetoWinset.Binding b) {
    int round = f.rounds().size() - 1;
    String range = "[" + fmt(b.lower()) + ", " + fmt(b.upper()) + "], the winset of the status quo " + fmt(b.statusQuo());
    if (!b.bound())
      return new RoundNote(f.issueId(), round, "", "", FREE, "veto constraint: the settlement " + fmt(b.settlement()) + " lies inside " + range);
    String who = b.pivotal().orElse("");
    return new RoundNote(f.issueId(), round, who, "", BOUND, "veto constraint: the settlement " + fmt(b.settlement()) + " lies outside " + range
        + (who.isEmpty() ? "" : "; " + who + " is pivotal") + ": forecast " + fmt(b.outcome()));
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
      return VetoWinset.constrain(issue, actorIds, position, y).outcome();
    }
  }
}
