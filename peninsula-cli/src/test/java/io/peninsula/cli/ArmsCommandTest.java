package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArmsCommandTest {
  @Test
  void armsFit_csv_oneRowPerModelWithHoldout() {
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--holdout", "2014-2018", "--bootstrap", "50", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo(ArmsReport.CSV_HEADER);
    assertThat(lines[1]).startsWith("richardson,USA,CHN,sipri,1989,2013,2014,2018,5,");
    assertThat(lines[2]).startsWith("random_walk,USA,CHN,sipri,1989,2013,2014,2018,5,");
    assertThat(lines[3]).startsWith("ar1,USA,CHN,sipri,1989,2013,2014,2018,5,");
  }

  @Test
  void armsFit_sameSeed_identicalTable() {
    var a = CliRunner.run("arms", "fit", "--dyad", "ROK,JPN", "--from", "1990", "--bootstrap", "200", "--seed", "3");
    var b = CliRunner.run("arms", "fit", "--dyad", "ROK,JPN", "--from", "1990", "--bootstrap", "200", "--seed", "3");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out()).contains("fitted 1990-2013 (24 years)").contains("best dynamic forecast: ");
  }

  @Test
  void armsFit_northKoreaInSipri_exit2SaysThereIsNoSeries() {
    var r = CliRunner.run("arms", "fit", "--dyad", "ROK,PRK");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: sipri has no military expenditure for \"PRK\" (states: USA, UKG, FRN, GMY, POL, ITA, RUS, UKR, CHN, ROK, JPN);"
        + " SIPRI publishes no series for North Korea: use --data nmc (COW NMC, 1990-2001 only)\n");
  }

  @Test
  void armsFit_holdoutNotEndingAtTo_exit2() {
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--to", "2016", "--holdout", "2014-2018");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --holdout 2014-2018 must end at --to 2016 (the held-out years are the last of the window)\n");
  }

  @Test
  void armsFit_windowTooShort_exit2NamesTheFix() {
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--from", "2010", "--holdout", "2014-2018");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: cannot fit USA-CHN: the fit window 2010-2013 has 4 years; the Richardson fit needs at least 5"
        + " (widen --from/--to or shorten --holdout)\n");
  }

  /** The bundled SIPRI file's SHA-256, read from the formats module's resources (the file the fit reads). */
  private static String sipriSha256() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../peninsula-formats/src/main/resources/io/peninsula/data/sipri-milex-subset.csv"));
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String storedId(CliRunner.Result r) {
    var m = Pattern.compile("^run (\\S+) stored in ").matcher(r.err());
    assertThat(m.find()).as(r.err()).isTrue();
    return m.group(1);
  }

  @Test
  void armsFit_isStored_listed_rerunIdentically_andExportedAsItsCsv(@TempDir Path dir) throws Exception {
    String store = dir.resolve("runs.duckdb").toString();
    var fit = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--bootstrap", "50", "--seed", "7", "--format", "csv", "--store", store);
    assertThat(fit.exit()).as(fit.err()).isZero();
    String id = storedId(fit);
    assertThat(fit.err()).isEqualTo("run " + id + " stored in " + store + " (peninsula runs show " + id + ")\n");
    var unstored = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--bootstrap", "50", "--seed", "7", "--format", "csv", "--no-store");
    assertThat(unstored.out()).as("storing changes nothing on stdout").isEqualTo(fit.out());
    assertThat(unstored.err()).isEmpty();

    var list = CliRunner.run("runs", "list", "--store", store, "--format", "csv");
    assertThat(list.exit()).isZero();
    assertThat(list.out().lines().toList()).hasSize(2);
    assertThat(list.out().lines().toList().get(1)).startsWith(id + ",arms fit,,,");

    var show = CliRunner.run("runs", "show", id, "--store", store);
    assertThat(show.out()).contains("command:   peninsula arms fit --dyad USA,CHN --bootstrap 50 --seed 7 --format csv --store " + store)
        .contains("seed:      7").contains("io.peninsula.app.dynamics.ArmsFitRequest");

    var rerun = CliRunner.run("runs", "rerun", id, "--store", store);
    assertThat(rerun.exit()).as(rerun.out() + rerun.err()).isZero();
    assertThat(rerun.out()).isEqualTo("rerun of " + id + ": identical result (arms fit, seed 7)\n");
    assertThat(rerun.err()).isEmpty();

    Path out = dir.resolve("tables");
    var export = CliRunner.run("runs", "export", id, "--out", out.toString(), "--format", "csv", "--store", store);
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).endsWith("wrote " + out.resolve("arms-fit.csv") + " (3 rows: run," + ArmsReport.CSV_HEADER + ")\n");
    List<String> exported = Files.readAllLines(out.resolve("arms-fit.csv"));
    List<String> printed = fit.out().lines().toList();
    assertThat(exported).hasSize(printed.size());
    assertThat(exported.get(0)).isEqualTo("run," + ArmsReport.CSV_HEADER);
    for (int i = 1; i < printed.size(); i++) {
      String[] want = printed.get(i).split(",");
      String[] got = exported.get(i).split(",");
      assertThat(got[0]).isEqualTo(id);
      // the text columns and years as printed; the RMSEs at full precision round to the printed 4 decimals
      assertThat(List.of(got).subList(1, 10)).isEqualTo(List.of(want).subList(0, 9));
      for (int j = 9; j < 11; j++) assertThat(Numbers.fixed(Double.parseDouble(got[j + 1]), 4)).isEqualTo(want[j]);
    }
  }

  /** A stored fit whose data file has changed since (here: its stored hash altered) is reported as different, at the data's hash. */
  @Test
  void rerun_dataFileChangedSince_reportsTheHashDifference(@TempDir Path dir) throws Exception {
    String store = dir.resolve("runs.duckdb").toString();
    var fit = CliRunner.run("arms", "fit", "--dyad", "ROK,JPN", "--bootstrap", "20", "--store", store);
    String id = storedId(fit);
    String sha = sipriSha256();
    String older = "0".repeat(64);
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store)) {
      c.createStatement().execute("UPDATE runs SET result = replace(result::VARCHAR, '" + sha + "', '" + older + "')::JSON");
    }
    var rerun = CliRunner.run("runs", "rerun", id, "--store", store);
    assertThat(rerun.exit()).isEqualTo(1);
    assertThat(rerun.out()).isEqualTo("rerun of " + id + ": result DIFFERS; first difference at /data/sha256: \"" + older + "\" vs \"" + sha
        + "\"\n");
  }

  @Test
  void armsFit_json_isProvenanceAndResult_withTheDataFileHash() throws Exception {
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,RUS", "--bootstrap", "50", "--seed", "5", "--format", "json", "--no-store");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.fieldNames()).toIterable().containsExactly("provenance", "result");
    JsonNode p = doc.get("provenance");
    assertThat(p.get("command").asText()).isEqualTo("arms fit");
    assertThat(p.get("seed").asLong()).isEqualTo(5);
    assertThat(p.get("scenario").isNull()).isTrue();
    assertThat(p.get("options").toString())
        .isEqualTo("{\"dyad\":[\"USA\",\"RUS\"],\"data\":\"sipri\",\"from\":1993,\"to\":2018,\"holdout\":\"2014-2018\",\"bootstrap\":50,\"level\":0.9}");
    assertThat(p.get("inputs").toString())
        .isEqualTo("[{\"path\":\"io/peninsula/data/sipri-milex-subset.csv\",\"sha256\":\"" + sipriSha256() + "\"}]");
    JsonNode res = doc.get("result");
    assertThat(res.get("data").get("sha256").asText()).isEqualTo(sipriSha256());
    assertThat(res.get("fit_from").asInt()).isEqualTo(1993);
    assertThat(res.get("fit_to").asInt()).isEqualTo(2013);
    assertThat(res.get("stable").asBoolean()).isTrue();
    assertThat(res.get("equilibrium").get(0).get("state").asText()).isEqualTo("USA");
    assertThat(res.get("scores")).extracting(n -> n.get("model").asText()).containsExactly("richardson", "random_walk", "ar1");
    // the same figures the table prints
    var table = CliRunner.run("arms", "fit", "--dyad", "USA,RUS", "--bootstrap", "50", "--seed", "5", "--no-store");
    assertThat(table.out()).contains("residual sd: " + Numbers.fixed(res.get("residual_sd").asDouble(), 4) + " log points a year")
        .contains("best dynamic forecast: " + res.get("best_dynamic").asText() + "; best one-step: " + res.get("best_one_step").asText());
  }

  @Test
  void armsFit_unknownFormat_exit2NamesTheFormats() {
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--format", "xml", "--no-store");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: unknown --format \"xml\" (allowed: table, csv, json)\n");
  }

  @Test
  void armsFit_badInput_storesNothing(@TempDir Path dir) {
    Path store = dir.resolve("runs.duckdb");
    var r = CliRunner.run("arms", "fit", "--dyad", "USA,CHN", "--bootstrap", "0", "--store", store.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --bootstrap must be at least 1, got 0\n");
    assertThat(Files.exists(store)).isFalse();
  }
}
