package io.peninsula.formats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.formats.bundled.BundledScenarioFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numbers the bundled scenarios take from data agree with the bundled data subsets: state
 * capabilities are the COW CINC of 2016, the shares of factions and institutions add up to their
 * state's CINC, every indicator equals the subset value for its year, and every relation citing
 * an ATOP id names a treaty of which both actors' states are members with the coded obligation.
 */
class ScenarioDataConsistencyTest {
  /** COW codes of the actor ids used in the bundled scenarios (factions map through parent). */
  static final Map<String, String> CCODE = Map.ofEntries(
      Map.entry("USA", "2"), Map.entry("ROK", "732"), Map.entry("DPRK", "731"), Map.entry("PRC", "710"),
      Map.entry("JPN", "740"), Map.entry("RUS", "365"), Map.entry("GBR", "200"), Map.entry("FRA", "220"),
      Map.entry("DEU", "255"), Map.entry("POL", "290"), Map.entry("ITA", "325"), Map.entry("UKR", "369"));
  static final Map<String, String> ATOP_FLAG = Map.of("defense", "defense", "offense", "offense",
      "neutrality", "neutral", "non_aggression", "nonagg", "consultation", "consul");

  static List<String> present() {
    return BundledScenarioFiles.present();
  }

  @ParameterizedTest
  @MethodSource("present")
  void stateCapabilitiesAreCinc2016AndSharesOfAStateAddUpToIt(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    var nmc = DataCsv.read("nmc-v6-subset.csv");
    Map<String, Double> byState = new java.util.HashMap<>();
    for (JsonNode a : root.path("actors")) {
      String state = stateOf(a);
      if (state == null) continue; // e.g. a supranational actor without a COW code
      byState.merge(state, a.path("capability").asDouble(), Double::sum);
    }
    assertThat(byState).isNotEmpty();
    for (var e : byState.entrySet()) {
      double cinc = Double.parseDouble(DataCsv.row(nmc, "ccode", CCODE.get(e.getKey()), "year", "2016").get("cinc"));
      assertThat(e.getValue()).as("%s: capabilities of %s and its factions/institutions", name, e.getKey()).isEqualTo(cinc, within(1e-6));
    }
  }

  @ParameterizedTest
  @MethodSource("present")
  void everyIndicatorEqualsTheDataSubsetValue(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    var sipri = DataCsv.read("sipri-milex-subset.csv");
    var nmc = DataCsv.read("nmc-v6-subset.csv");
    var fas = DataCsv.read("fas-warheads-subset.csv");
    int checked = 0;
    for (JsonNode a : root.path("actors")) {
      for (JsonNode ind : a.path("indicators")) {
        String cc = CCODE.get(stateOf(a));
        String y = ind.path("year").asText();
        String where = name + " " + a.path("id").asText() + " " + y;
        if (ind.has("milex")) {
          assertThat(ind.path("milex").asDouble()).as(where + " milex")
              .isEqualTo(Double.parseDouble(DataCsv.row(sipri, "ccode", cc, "year", y).get("milex_usd_millions_current")));
          checked++;
        }
        if (ind.has("cinc")) {
          assertThat(ind.path("cinc").asDouble()).as(where + " cinc")
              .isEqualTo(Double.parseDouble(DataCsv.row(nmc, "ccode", cc, "year", y).get("cinc")));
          checked++;
        }
        if (ind.has("warheads")) {
          assertThat(ind.path("warheads").asDouble()).as(where + " warheads")
              .isEqualTo(Double.parseDouble(DataCsv.row(fas, "ccode", cc, "year", y).get("warheads")));
          checked++;
        }
      }
    }
    assertThat(checked).as("indicator values checked in %s", name).isGreaterThan(30);
  }

  @ParameterizedTest
  @MethodSource("present")
  void relationsCitingAtopMatchTheTreatyMembersAndObligation(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    var atop = DataCsv.read("atop-v4-subset.csv");
    Pattern id = Pattern.compile("ATOP (\\d{4})");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (JsonNode r : root.path("relations")) {
      Matcher m = id.matcher(r.path("source").path("note").asText(""));
      if (!m.find() || !r.path("source").path("ref").asText().equals("atop4")) continue;
      checked++;
      String atopid = m.group(1);
      int latestEntry = 0; // a relation between two members holds from the later member's entry
      for (JsonNode member : r.path("between")) {
        String cc = CCODE.get(stateOf(actor(root, member.asText())));
        var rows = atop.stream().filter(x -> x.get("atopid").equals(atopid) && x.get("member").equals(cc)).toList();
        if (rows.size() != 1) {
          problems.add(r.path("id").asText() + ": " + member.asText() + " (" + cc + ") is not a member of ATOP " + atopid);
          continue;
        }
        String flag = ATOP_FLAG.get(r.path("type").asText());
        if (!"1".equals(rows.get(0).get(flag))) problems.add(r.path("id").asText() + ": ATOP " + atopid + " has " + flag + " = 0");
        latestEntry = Math.max(latestEntry, Integer.parseInt(rows.get(0).get("yrent")));
      }
      if (r.has("since") && latestEntry > 0 && r.path("since").asInt() != latestEntry)
        problems.add(r.path("id").asText() + ": since " + r.path("since").asText() + " but the later ATOP yrent of its members is " + latestEntry);
    }
    assertThat(problems).isEmpty();
    assertThat(checked).as("ATOP relations checked in %s", name).isGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @MethodSource("present")
  void the2024RussiaDprkTreatyIsUsedOnlyFromItsEntryIntoForce(String name) {
    JsonNode root = BundledScenarioFiles.tree(name);
    int scenarioYear = Integer.parseInt(root.path("date").asText().substring(0, 4));
    var hand = DataCsv.read("hand-coded-alliances.csv");
    for (JsonNode r : root.path("relations")) {
      if (!r.path("source").path("note").asText("").contains("H2024-RUS-PRK")) continue;
      assertThat(scenarioYear).isGreaterThanOrEqualTo(Integer.parseInt(DataCsv.row(hand, "id", "H2024-RUS-PRK", "member", "365").get("yrent")));
      assertThat(r.path("type").asText()).isEqualTo("defense");
    }
  }

  private static String stateOf(JsonNode actor) {
    String id = actor.path("id").asText();
    if (CCODE.containsKey(id)) return id;
    String parent = actor.path("parent").asText("");
    return CCODE.containsKey(parent) ? parent : null;
  }

  private static JsonNode actor(JsonNode root, String id) {
    for (JsonNode a : root.path("actors")) if (a.path("id").asText().equals(id)) return a;
    throw new AssertionError("no actor " + id);
  }
}
