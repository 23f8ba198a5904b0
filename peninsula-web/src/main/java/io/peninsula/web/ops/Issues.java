package io.peninsula.web.ops;

import io.peninsula.model.Issue;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import io.peninsula.web.ApiException;
import io.peninsula.web.ResolvedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks of request fields that name parts of the scenario (issues, options). */
final class Issues {
  private Issues() {}

  static Optional<String> issue(Optional<String> id, ResolvedScenario s) {
    id.ifPresent(i -> require(i, s.scenario()));
    return id;
  }

  static Issue require(String id, Scenario s) {
    return s.issue(id).orElseThrow(() -> ApiException.badField("issue", "unknown issue \"" + id + "\" (issues: "
        + String.join(", ", s.issues().stream().map(Issue::id).toList()) + ")"));
  }

  /** {@code all} or the listed option ids, each of which must exist and apply to the scenario. */
  static List<PolicyOption> options(List<String> ids, Scenario s) {
    List<PolicyOption> out = new ArrayList<>();
    if (ids.size() == 1 && ids.get(0).equals("all")) out.addAll(s.options());
    else
      for (String id : ids)
        out.add(s.option(id.trim()).orElseThrow(() -> ApiException.badField("options", "unknown option \"" + id + "\" (options: "
            + String.join(", ", s.options().stream().map(PolicyOption::id).toList()) + ")")));
    if (out.isEmpty()) throw ApiException.badField("options", "the scenario declares no policy options");
    for (PolicyOption o : out) {
      try {
        s.apply(o);
      } catch (IllegalArgumentException e) {
        throw ApiException.badField("options", "option " + o.id() + " does not apply: " + e.getMessage());
      }
    }
    return out;
  }

  static ApiException cannotRun(String model, IllegalArgumentException e) {
    return ApiException.badRequest("model " + model + " cannot run on this scenario: " + e.getMessage());
  }
}
