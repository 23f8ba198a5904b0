package io.peninsula.app.bargaining;

import io.peninsula.app.BadRequestException;

import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Parses an option selection ({@code --options all|a,b}: the scenario's policy options to analyse, in the order given. */
public final class OptionSelection {
  private OptionSelection() {}

  public static List<PolicyOption> select(String spec, Scenario s, String origin) {
    if (s.options().isEmpty())
      throw new BadRequestException(origin + " declares no policy options; add an options: section to the scenario (see docs/scenario-format.md)");
    if (spec == null || spec.equals("all")) return s.options();
    List<PolicyOption> out = new ArrayList<>();
    for (String id : new LinkedHashSet<>(List.of(spec.split(",")))) {
      String t = id.strip();
      out.add(s.option(t).orElseThrow(() -> new BadRequestException("unknown option \"" + t + "\" in --options (options of " + origin
          + ": " + String.join(", ", s.options().stream().map(PolicyOption::id).toList()) + "; or all)")));
    }
    return out;
  }
}
