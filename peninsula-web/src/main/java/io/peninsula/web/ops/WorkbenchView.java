package io.peninsula.web.ops;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import java.util.Objects;
import java.util.Optional;

/**
 * A service's outcome answered in the workbench's own drawing ({@code view}: a game's payoff cells
 * or tree outline, which the service's JSON does not carry). The HTTP answer is the view; the run
 * store keeps the {@link #outcome()} itself, its typed request and its result JSON, as the command
 * line stores it, so {@code runs rerun} rebuilds the request and compares like with like.
 */
public record WorkbenchView(ServiceResult outcome, Object view) implements ServiceResult {
  public WorkbenchView {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(view, "view");
  }

  /** What the run store keeps for {@code r}: the service's outcome behind a view, else {@code r} itself. */
  public static ServiceResult stored(ServiceResult r) {
    return r instanceof WorkbenchView v ? v.outcome() : r;
  }

  @Override
  public Provenance provenance() {
    return outcome.provenance();
  }

  @Override
  public Record request() {
    return outcome.request();
  }

  /** The workbench's view, the {@code result} of the HTTP answer. */
  @Override
  public Object resultJson() {
    return view;
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return outcome.scenario();
  }
}
