package io.peninsula.web.ops;

import java.util.HashSet;
import java.util.Set;

/** Allowed request fields: the scenario fields, the model fields and an operation's own. */
final class Fields {
  static final Set<String> SCENARIO = Set.of("scenario", "scenario_text", "input_format");

  private Fields() {}

  static Set<String> of(boolean model, String... own) {
    Set<String> s = new HashSet<>(SCENARIO);
    if (model) s.addAll(ModelChoice.FIELDS);
    s.addAll(Set.of(own));
    return Set.copyOf(s);
  }
}
