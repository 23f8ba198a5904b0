package io.peninsula.formats.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the provenance tables of docs/scenarios.md true: per scenario and actor, how many of its
 * values (capability, each position, each issue influence) rest on a direct quote, a proxy quote
 * ({@code proxy: true}), data (a dataset source: nmc6, sipri, fas, atop4, peninsula-data) or
 * judgement (anything else: the analyst, a note without quote). Rule order: proxy, quote, data,
 * judgement.
 */
class ProvenanceTableTest {
  static final Set<String> DATA = Set.of("nmc6", "sipri", "fas", "atop4", "peninsula-data");
  static final List<String> CATEGORIES = List.of("direct quote", "proxy quote", "data", "judgement");

  static List<String> scenarios() {
    return BundledScenarioFiles.ALL;
  }

  static String category(JsonNode source) {
    if (source.isTextual()) return DATA.contains(source.asText()) ? "data" : "judgement";
    if (source.path("proxy").asBoolean(false)) return "proxy quote";
    if (source.hasNonNull("quote")) return "direct quote";
    if (DATA.contains(source.path("ref").asText())) return "data";
    return "judgement";
  }

  /** The table as docs/scenarios.md writes it. */
  static String table(JsonNode root) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (JsonNode a : root.path("actors")) {
      int[] c = new int[4];
      c[CATEGORIES.indexOf(category(a.path("capability_source")))]++;
      counts.put(a.path("id").asText(), c);
    }
    for (JsonNode p : root.path("positions")) {
      int[] c = counts.get(p.path("actor").asText());
      c[CATEGORIES.indexOf(category(p.path("source")))]++;
      if (p.has("influence")) c[CATEGORIES.indexOf(category(p.path("influence").path("source")))]++;
    }
    StringBuilder b = new StringBuilder("| actor | direct quote | proxy quote | data | judgement |\n|---|---:|---:|---:|---:|\n");
    int[] total = new int[4];
    for (var e : counts.entrySet()) {
      b.append("| ").append(e.getKey());
      for (int k = 0; k < 4; k++) {
        b.append(" | ").append(e.getValue()[k]);
        total[k] += e.getValue()[k];
      }
      b.append(" |\n");
    }
    b.append("| **all** | ").append(total[0]).append(" | ").append(total[1]).append(" | ").append(total[2]).append(" | ").append(total[3]).append(" |\n");
    return b.toString();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void docsTable_matchesTheScenarioFile(String name) throws IOException {
    Path docs = Path.of("..", "docs", "scenarios.md");
    String text = Files.readString(docs);
    Matcher m = Pattern.compile("<!-- provenance:" + Pattern.quote(name) + " -->\n(.*?)<!-- /provenance -->", Pattern.DOTALL).matcher(text);
    assertThat(m.find()).as("docs/scenarios.md has a provenance table for " + name).isTrue();
    assertThat(m.group(1)).as("provenance table of " + name + " in docs/scenarios.md").isEqualTo(table(BundledScenarioFiles.tree(name)));
  }
}
