package io.peninsula.formats.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled scenarios' content contract, checked on the plain YAML tree (independent of the
 * loader): the actors, issues and options the seed reading requires, and that every number cites
 * a declared source — a quote (verbatim in the seed texts when those are present) or an explicit
 * judgement with a note.
 */
class BundledScenarioSourcesTest {
  static final List<String> ISSUES = List.of("dprk_nuclear", "sequencing", "sanctions", "force_posture",
      "extended_deterrence", "opcon", "exercises", "alignment", "cost_sharing", "regional_cooperation");
  static final List<String> OPTIONS = List.of("status-quo", "korea-led-defence", "summit-freeze", "non-bloc",
      "allies-first", "shock-troop-cut", "shock-troop-cut-congress-floor", "shock-dprk-test", "shock-china-tightens",
      "shock-china-relaxes", "shock-us-russia");

  static List<String> korea() {
    return BundledScenarioFiles.KOREA;
  }

  static List<String> present() {
    return BundledScenarioFiles.present();
  }

  @ParameterizedTest
  @MethodSource("korea")
  void koreaScenarioHasTheRequiredActorsWithStableIdsKindsAndParents(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    assertThat(root.path("id").asText()).isEqualTo(name);
    List<String> ids = new ArrayList<>();
    for (JsonNode a : root.path("actors")) ids.add(a.path("id").asText());
    assertThat(ids).containsExactlyInAnyOrder("USA", "US_CONGRESS", "ROK_PROG", "ROK_CONS", "DPRK", "PRC", "JPN", "RUS");
    assertThat(actor(root, "US_CONGRESS").path("kind").asText()).isEqualTo("institution");
    assertThat(actor(root, "US_CONGRESS").path("parent").asText()).isEqualTo("USA");
    for (String camp : List.of("ROK_PROG", "ROK_CONS")) {
      assertThat(actor(root, camp).path("kind").asText()).isEqualTo("faction");
      assertThat(actor(root, camp).path("parent").asText()).isEqualTo("ROK");
    }
  }

  @ParameterizedTest
  @MethodSource("korea")
  void koreaScenarioHasTheTenIssuesOnA0To100ScaleWithAtLeastThreeAnchors(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    List<String> ids = new ArrayList<>();
    for (JsonNode i : root.path("issues")) {
      ids.add(i.path("id").asText());
      assertThat(i.path("scale").path("min").asDouble()).isZero();
      assertThat(i.path("scale").path("max").asDouble()).isEqualTo(100.0);
      assertThat(i.path("anchors").size()).as("anchors of %s", i.path("id").asText()).isGreaterThanOrEqualTo(3);
      Set<Double> values = new HashSet<>();
      for (JsonNode an : i.path("anchors")) {
        assertThat(values.add(an.path("value").asDouble())).as("duplicate anchor value in %s", i.path("id")).isTrue();
        assertThat(an.path("label").asText()).isNotBlank();
      }
      assertThat(values).contains(0.0, 100.0);
    }
    assertThat(ids).containsExactlyElementsOf(ISSUES);
  }

  @ParameterizedTest
  @MethodSource("korea")
  void koreaScenarioDeclaresEveryRequiredOptionAndStatusQuoHasNoEdits(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    List<String> ids = new ArrayList<>();
    for (JsonNode o : root.path("options")) {
      ids.add(o.path("id").asText());
      assertThat(o.path("description").asText()).as("description of %s", o.path("id")).isNotBlank();
    }
    assertThat(ids).containsExactlyElementsOf(OPTIONS);
    assertThat(root.path("options").get(0).path("edits").size()).isZero();
    for (int k = 1; k < root.path("options").size(); k++)
      assertThat(root.path("options").get(k).path("edits").size()).as("edits of %s", ids.get(k)).isPositive();
  }

  @ParameterizedTest
  @MethodSource("present")
  void everyPositionAndSalienceCitesADeclaredSourceWithAQuoteOrAJudgementNote(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    Set<String> declared = new HashSet<>(BundledScenarioFiles.sourceIds(root));
    List<String> problems = new ArrayList<>();
    BundledScenarioFiles.forEachSourceRef(root, (where, src) -> {
      if (src.isMissingNode() || src.isNull()) {
        problems.add(where + ": no source");
        return;
      }
      String ref = BundledScenarioFiles.ref(src);
      if (!declared.contains(ref)) problems.add(where + ": ref '" + ref + "' is not a declared source");
      if (src.has("quote") && src.path("quote").asText().isBlank()) problems.add(where + ": empty quote");
      if (src.path("judgement").asBoolean(false) && src.path("note").asText("").isBlank())
        problems.add(where + ": judgement without a note");
    });
    for (JsonNode p : root.path("positions")) {
      JsonNode s = p.path("source");
      boolean quoted = s.has("quote");
      boolean judged = s.path("judgement").asBoolean(false);
      if (!quoted && !judged)
        problems.add("position " + p.path("actor").asText() + "/" + p.path("issue").asText() + ": neither a quote nor judgement: true");
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("present")
  void everyQuoteAppearsVerbatimInTheSeedTexts(String name) {
    String corpus = BundledScenarioFiles.normaliseSpace(BundledScenarioFiles.seeds());
    JsonNode root = BundledScenarioFiles.tree(name);
    Set<String> seedRefs = Set.of("kim2019", "moon2025");
    List<String> missing = new ArrayList<>();
    int[] checked = {0};
    BundledScenarioFiles.forEachSourceRef(root, (where, src) -> {
      if (!src.has("quote") || !seedRefs.contains(BundledScenarioFiles.ref(src))) return;
      checked[0]++;
      String q = BundledScenarioFiles.normaliseSpace(src.path("quote").asText());
      if (!corpus.contains(q)) missing.add(where + ": \"" + q + "\"");
    });
    assertThat(missing).as("quotes not found verbatim in the seeds").isEmpty();
    assertThat(checked[0]).as("number of seed quotes checked").isGreaterThan(10);
  }

  @Test
  void verbatimCheckWouldCatchAnAlteredQuote() {
    String corpus = BundledScenarioFiles.normaliseSpace(BundledScenarioFiles.seeds());
    assertThat(corpus).contains(BundledScenarioFiles.normaliseSpace("While\u00A0rising U.S.-China bilateral tensions"));
    assertThat(corpus).doesNotContain("They consider Korea a flagrant example of countries getting a free ride");
  }

  private static JsonNode actor(JsonNode root, String id) {
    for (JsonNode a : root.path("actors")) if (a.path("id").asText().equals(id)) return a;
    throw new AssertionError("no actor " + id);
  }
}
