package io.peninsula.formats.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The influence rule of docs/scenarios.md, applied identically in every bundled scenario: on an
 * issue whose decision rule can block change, an actor the rule does not name has no institutional
 * say; its weight on that issue is capped at the smallest capability among the actors the rule
 * names (influence = that cap when it is below the actor's capability, absent otherwise). No
 * influence appears anywhere else.
 */
class InfluenceRuleTest {
  static List<String> scenarios() {
    return BundledScenarioFiles.ALL;
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyInfluence_isWhatTheRuleGives(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    Map<String, Double> cap = new HashMap<>();
    for (JsonNode a : root.path("actors")) cap.put(a.path("id").asText(), a.path("capability").asDouble());
    Map<String, List<String>> named = new HashMap<>();
    for (JsonNode i : root.path("issues")) {
      JsonNode d = i.path("decision");
      if (d.isMissingNode() || d.path("rule").asText().equals("none")) continue;
      List<String> ids = new ArrayList<>();
      d.path("veto_players").forEach(v -> ids.add(v.asText()));
      d.path("weights").fieldNames().forEachRemaining(ids::add);
      named.put(i.path("id").asText(), ids);
    }
    int checked = 0;
    for (JsonNode p : root.path("positions")) {
      String actor = p.path("actor").asText();
      String issue = p.path("issue").asText();
      List<String> ids = named.get(issue);
      Double expected = null;
      if (ids != null && !ids.contains(actor)) {
        double limit = ids.stream().mapToDouble(cap::get).min().orElseThrow();
        if (limit < cap.get(actor)) expected = limit;
      }
      if (expected == null) {
        assertThat(p.has("influence")).as(name + " " + actor + "/" + issue + " has no influence").isFalse();
      } else {
        assertThat(p.path("influence").path("value").asDouble()).as(name + " " + actor + "/" + issue)
            .isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-3));
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }
}
