package io.peninsula.web.ops;

import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each issue's scale (title, min, max, anchor labels): what a chart needs to label its axis. */
final class Scales {
  private Scales() {}

  static List<Map<String, Object>> of(Scenario s) {
    return s.issues().stream().map(Scales::of).toList();
  }

  static Map<String, Object> of(Issue i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("issue", i.id());
    m.put("title", i.title());
    m.put("min", i.min());
    m.put("max", i.max());
    m.put("anchors", i.anchors().stream().map(a -> Map.of("value", a.value(), "label", a.label())).toList());
    return m;
  }
}
