package io.peninsula.engine.bargaining;

import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<VetoWinset.Binding> out = new ArrayList<>();
    for (IssueForecast f : unconstrained.issues()) {
      Issue issue = scenario.issue(f.issueId()).orElseThrow();
      if (!issue.vetoConstrained()) continue;
      List<Position> ps = scenario.positionsOn(issue.id());
      List<String> ids = new ArrayList<>(ps.size());
      double[] x = new double[ps.size()];
      for (int k = 0; k < x.length; k++) {
        ids.add(ps.get(k).actorId());
        x[k] = ps.get(k).position();
      }
      out.add(VetoWinset.constrain(issue, ids, x, f.outcome()));
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
    String range = "winset of the status quo " + fmt(b.statusQuo()) + " is [" + fmt(b.lower()) + ", " + fmt(b.upper()) + "]";
    if (!b.bound())
      return new RoundNote(f.issueId(), round, "", "", FREE, "the settlement " + fmt(b.settlement()) + " lies inside the " + range);
    String who = b.pivotal().orElse("");
    return new RoundNote(f.issueId(), round, who, "", BOUND, "the settlement " + fmt(b.settlement()) + " lies outside the " + range
        + (who.isEmpty() ? "" : "; " + who + " is pivotal") + ": forecast " + fmt(b.outcome()));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  @Override
  public Optional<IssueKernel> issueKernel(ModelConfig config) {
    return inner.issueKernel(config).map(VetoKernel::new);
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
