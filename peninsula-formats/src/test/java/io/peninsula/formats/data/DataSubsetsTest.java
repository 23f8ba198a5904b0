package io.peninsula.formats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled data subsets (io/peninsula/data) against figures read by hand from the public
 * sources (COW NMC v6.0, SIPRI, FAS/OWID, ATOP v4.01), and — when the shared copies are present
 * next to the repository — that every derived row equals its source row.
 */
class DataSubsetsTest {

  @Test
  void nmcHoldsHandCheckedCincMilexAndMilper() {
    var nmc = DataCsv.read("nmc-v6-subset.csv");
    assertThat(nmc).hasSize(12 * 27 - 1); // 12 states x 1990..2016, Ukraine from 1991
    assertThat(Double.parseDouble(DataCsv.row(nmc, "ccode", "2", "year", "2016").get("cinc"))).isEqualTo(0.13305758, within(1e-9));
    assertThat(Double.parseDouble(DataCsv.row(nmc, "ccode", "710", "year", "2016").get("cinc"))).isEqualTo(0.23061772, within(1e-9));
    assertThat(Double.parseDouble(DataCsv.row(nmc, "ccode", "732", "year", "2016").get("cinc"))).isEqualTo(0.023262169, within(1e-10));
    assertThat(Double.parseDouble(DataCsv.row(nmc, "ccode", "365", "year", "1990").get("cinc"))).isEqualTo(0.12953205, within(1e-9));
    assertThat(DataCsv.row(nmc, "ccode", "731", "year", "2016").get("milex_thousands_usd")).isEqualTo("-9");
    assertThat(DataCsv.row(nmc, "ccode", "731", "year", "2016").get("milper_thousands")).isEqualTo("1190");
    assertThat(DataCsv.row(nmc, "ccode", "2", "year", "2016").get("milex_thousands_usd")).isEqualTo("604452000");
  }

  @Test
  void sipriHoldsHandCheckedCurrentDollarFigures() {
    var sipri = DataCsv.read("sipri-milex-subset.csv");
    assertThat(milex(sipri, "2", 2018)).isEqualTo(648798.3);
    assertThat(milex(sipri, "710", 2018)).isEqualTo(249996.9);
    assertThat(milex(sipri, "732", 2018)).isEqualTo(43070.0);
    assertThat(milex(sipri, "365", 2018)).isEqualTo(61387.5);
    assertThat(milex(sipri, "740", 2018)).isEqualTo(46618.0);
    assertThat(sipri).noneMatch(r -> r.get("ccode").equals("731")); // SIPRI has no DPRK figures
    assertThat(sipri).allMatch(r -> Double.parseDouble(r.get("milex_usd_millions_current")) > 0);
  }

  @Test
  void fasHoldsHandCheckedStockpiles() {
    var fas = DataCsv.read("fas-warheads-subset.csv");
    assertThat(warheads(fas, "731", 2019)).isEqualTo(25);
    assertThat(warheads(fas, "731", 2006)).isZero();
    assertThat(warheads(fas, "2", 2019)).isEqualTo(3805);
    assertThat(warheads(fas, "365", 2023)).isEqualTo(4489);
    assertThat(warheads(fas, "710", 2023)).isEqualTo(410);
    assertThat(warheads(fas, "200", 2023)).isEqualTo(225);
    assertThat(fas.stream().map(r -> r.get("ccode")).distinct()).containsExactlyInAnyOrder("2", "200", "220", "365", "710", "731");
  }

  @Test
  void atopHoldsTheRegionsTreatiesWithTheirObligations() {
    var atop = DataCsv.read("atop-v4-subset.csv");
    Map<String, String> usRok = DataCsv.row(atop, "atopid", "3240", "member", "732");
    assertThat(usRok).containsEntry("yrent", "1953").containsEntry("yrexit", "0").containsEntry("defense", "1").containsEntry("members", "2 732");
    Map<String, String> prcDprk = DataCsv.row(atop, "atopid", "3445", "member", "731");
    assertThat(prcDprk).containsEntry("yrent", "1961").containsEntry("defense", "1").containsEntry("consul", "0").containsEntry("members", "710 731");
    Map<String, String> rusDprk2000 = DataCsv.row(atop, "atopid", "4940", "member", "365");
    assertThat(rusDprk2000).containsEntry("yrent", "2000").containsEntry("defense", "0").containsEntry("consul", "1");
    Map<String, String> usJapan = DataCsv.row(atop, "atopid", "3375", "member", "740");
    assertThat(usJapan).containsEntry("yrent", "1960").containsEntry("defense", "1");
    Map<String, String> interKorean = DataCsv.row(atop, "atopid", "4125", "member", "732");
    assertThat(interKorean).containsEntry("nonagg", "1").containsEntry("defense", "0");
    // every kept membership was in force in 1990 or later
    assertThat(atop).allMatch(r -> r.get("yrexit").equals("0") || Integer.parseInt(r.get("yrexit")) >= 1990);
  }

  @Test
  void handCodedRussiaDprkTreatyIsADefencePactFrom2024WithASource() {
    var hand = DataCsv.read("hand-coded-alliances.csv");
    assertThat(hand).hasSize(2);
    for (String member : List.of("365", "731")) {
      Map<String, String> r = DataCsv.row(hand, "id", "H2024-RUS-PRK", "member", member);
      assertThat(r).containsEntry("yrent", "2024").containsEntry("defense", "1").containsEntry("consul", "1");
      assertThat(r.get("source")).contains("19 June 2024").contains("4 December 2024").contains("Art. 4");
    }
  }

  @Test
  void derivedNmcRowsEqualTheSharedSourceRows() throws IOException {
    Path nmcFile = SharedFiles.require("data/NMC-60-abridged.csv");
    var source = DataCsv.parse(Files.readString(nmcFile, StandardCharsets.UTF_8));
    var nmc = DataCsv.read("nmc-v6-subset.csv");
    for (var r : nmc) {
      var s = DataCsv.row(source, "ccode", r.get("ccode"), "year", r.get("year"));
      assertThat(r.get("cinc")).as("cinc %s %s", r.get("stateabb"), r.get("year")).isEqualTo(s.get("cinc"));
      assertThat(r.get("milex_thousands_usd")).isEqualTo(s.get("milex"));
      assertThat(r.get("milper_thousands")).isEqualTo(s.get("milper"));
    }
  }

  private static double milex(List<Map<String, String>> rows, String ccode, int year) {
    return Double.parseDouble(DataCsv.row(rows, "ccode", ccode, "year", String.valueOf(year)).get("milex_usd_millions_current"));
  }

  private static int warheads(List<Map<String, String>> rows, String ccode, int year) {
    return Integer.parseInt(DataCsv.row(rows, "ccode", ccode, "year", String.valueOf(year)).get("warheads"));
  }
}
