package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peninsula serve} refusals and {@code peninsula brief}'s self-contained page. */
class WorkbenchCommandsTest {
  @TempDir Path dir;

  @Test
  void serve_onANonLoopbackHostWithoutToken_exits2SayingWhy() {
    CliRunner.Result r = CliRunner.run("serve", "--host", "0.0.0.0", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: refusing to listen on 0.0.0.0 without a token: give --token-file FILE or set PENINSULA_TOKEN "
        + "(clients then send Authorization: Bearer <token>), or listen on 127.0.0.1\n");
  }

  @Test
  void serve_withAnEmptyTokenFile_exits2() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "\n");
    CliRunner.Result r = CliRunner.run("serve", "--host", "0.0.0.0", "--token-file", token.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --token-file " + token + " is empty; put the token on its first line\n");
  }

  /**
   * The web stores game runs as the command line does: {@code runs rerun} on the server's store
   * rebuilds a web game solve (its Gambit text stored with it, no file on disk) and a web game build.
   */
  @Test
  void runsRerun_ofWebGameSolveAndBuildRuns_printsIdentical() throws Exception {
    Path store = dir.resolve("runs.duckdb");
    String solve;
    String build;
    try (var server = io.peninsula.web.WorkbenchServer.start(io.peninsula.web.WorkbenchOptions.local(0, store))) {
      solve = solveEntryDeterrence(server.url());
      build = post(server.url() + "api/games/build", "{\"kind\":\"alliance\",\"patron\":\"USA\",\"client\":\"ROK_CONS\"}");
    }
    CliRunner.Result a = CliRunner.run("runs", "rerun", solve, "--store", store.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo("rerun of " + solve + ": identical result (game solve, seed 0)\n");
    CliRunner.Result b = CliRunner.run("runs", "rerun", build, "--store", store.toString());
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(b.out()).isEqualTo("rerun of " + build + ": identical result (game build, seed 0)\n");
  }

  /**
   * The web's download of a run ({@code GET /api/runs/{id}/export}) is the file {@code peninsula runs
   * export} writes for it, byte for byte: a forecast's trajectory, a comparison, a game solve's
   * equilibria (not empty), and with {@code ?table=runs} the provenance row.
   */
  @Test
  void webExport_isWhatRunsExportWrites() throws Exception {
    Path store = dir.resolve("export.duckdb");
    String forecast;
    String compare;
    String solve;
    java.util.Map<String, String> web = new java.util.LinkedHashMap<>();
    try (var server = io.peninsula.web.WorkbenchServer.start(io.peninsula.web.WorkbenchOptions.local(0, store))) {
      forecast = post(server.url() + "api/forecast", "{\"model\":\"bdm\"}");
      compare = post(server.url() + "api/compare", "{\"options\":\"all\"}");
      solve = solveEntryDeterrence(server.url());
      web.put("forecast", get(server.url() + "api/runs/" + forecast + "/export?format=csv"));
      web.put("compare", get(server.url() + "api/runs/" + compare + "/export?format=csv"));
      web.put("game-solve", get(server.url() + "api/runs/" + solve + "/export?format=csv"));
      web.put("runs", get(server.url() + "api/runs/" + forecast + "/export?format=csv&table=runs"));
    }
    Path out = dir.resolve("tables");
    CliRunner.Result r = CliRunner.run("runs", "export", forecast, compare, solve, "--out", out.toString(), "--format", "csv", "--store", store.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    for (String table : List.of("forecast", "compare", "game-solve"))
      assertThat(web.get(table)).as(table).isEqualTo(Files.readString(out.resolve(table + ".csv")));
    assertThat(web.get("game-solve").lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(solve + ","));
    List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
    assertThat(web.get("runs").lines().toList()).containsExactly(runs.get(0), runs.get(1));
    assertThat(runs.get(1)).startsWith(forecast + ",forecast,");
  }

  private static String get(String url) throws Exception {
    var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body();
  }

  /** Solves the entry-deterrence tree (Gambit text, by enummixed) on the server; returns the stored run's id. */
  private static String solveEntryDeterrence(String url) throws Exception {
    String efg = Files.readString(Path.of("../peninsula-formats/src/test/resources/games/entry-deterrence.efg"));
    return post(url + "api/games/solve", io.peninsula.app.Json.write(java.util.Map.of("game_text", efg, "method", "enummixed")));
  }

  /** POSTs a JSON body and returns the stored run's id from the Location header. */
  private static String post(String url, String body) throws Exception {
    var client = java.net.http.HttpClient.newHttpClient();
    var answer = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.headers().firstValue("Location").orElseThrow().substring("/api/runs/".length());
  }

  @Test
  void brief_writesEverySection_withInlineSvgAndNothingExternal() throws Exception {
    Path out = dir.resolve("brief.html");
    CliRunner.Result r = CliRunner.run("brief", "korea-2019", "--out", out.toString(), "--samples", "64");
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    for (String id : new String[] {"summary", "actors", "forecast", "options", "drivers", "pivotal", "games", "sources", "provenance"})
      assertThat(html).contains("<section id=\"" + id + "\">");
    assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("<img").doesNotContain("<link")
        .doesNotContain("src=\"http").doesNotContain("@import").doesNotContain("url(http");
    assertThat(html).contains("alliance: USA vs ");
  }

  @Test
  void brief_hasAYearsAheadSection_withOneFanChartPerIssue() throws Exception {
    Path out = dir.resolve("years.html");
    CliRunner.Result r = CliRunner.run("brief", "korea-2025", "--out", out.toString(), "--samples", "32", "--years", "3", "--runs", "40");
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    int start = html.indexOf("<section id=\"years\">");
    assertThat(start).isNotNegative();
    String section = html.substring(start, html.indexOf("</section>", start));
    assertThat(section).contains("<h2>4. Years ahead</h2>").contains("40 simulated runs of the next 3 years");
    long fans = section.split("<figure class=\"fan\"><svg", -1).length - 1L;
    // one per issue: korea-2025 has ten
    assertThat(fans).isEqualTo(10);
    assertThat(section).contains("today ").contains("year").contains("<th>P(by ");
  }

  @Test
  void brief_withYearsOutOfRange_exits2() {
    CliRunner.Result r = CliRunner.run("brief", "--out", dir.resolve("y.html").toString(), "--years", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --years must be in [1, 200], got 0\n");
  }

  @Test
  void brief_withAGameOfAnUnknownKind_exits2() {
    CliRunner.Result r = CliRunner.run("brief", "--out", dir.resolve("b.html").toString(), "--game", "poker:A,B");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --game poker:A,B: unknown kind \"poker\" (allowed: security-dilemma, alliance, deterrence)\n");
  }
}
