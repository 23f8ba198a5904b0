package io.peninsula.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document describes exactly the routes the server registers. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void document_listsEveryRegisteredRoute_andNothingElse() {
    try (WorkbenchServer s = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("r.duckdb")))) {
      JsonNode doc = new Http(s.url(), null).get("/api/openapi.json").json();
      assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
      Set<String> documented = new TreeSet<>();
      doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
      Set<String> registered = new TreeSet<>();
      for (Route r : s.routes()) registered.add(r.method() + " " + r.path());
      registered.add("GET /api/jobs/{id}/events"); // the server-sent events route, registered with sse()
      assertThat(documented).isEqualTo(registered);
    }
  }

  @Test
  void everyReferencedSchema_exists() {
    try (WorkbenchServer s = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("r.duckdb")))) {
      String text = new Http(s.url(), null).get("/api/openapi.json").body();
      JsonNode doc = new Http(s.url(), null).get("/api/openapi.json").json();
      var m = java.util.regex.Pattern.compile("#/components/(schemas|responses)/(\\w+)").matcher(text);
      while (m.find()) assertThat(doc.get("components").get(m.group(1)).has(m.group(2))).as(m.group()).isTrue();
    }
  }
}
