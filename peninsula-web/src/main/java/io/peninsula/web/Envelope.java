package io.peninsula.web;

import io.peninsula.app.ServiceResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API's answer for a run: the application's {@code {"provenance": …, "result": …}} document, as a value. */
final class Envelope {
  private Envelope() {}

  static Map<String, Object> of(ServiceResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("provenance", r.provenance().toJson());
    m.put("result", r.resultJson());
    return m;
  }
}
