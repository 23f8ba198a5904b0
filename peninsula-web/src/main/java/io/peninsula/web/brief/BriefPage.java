package io.peninsula.web.brief;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import io.peninsula.model.Source;
import io.peninsula.app.ServiceResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The brief's HTML, section by section, from the operations' JSON answers. Presentation only. */
final class BriefPage {
  private final Scenario s;
  private final Brief.Settings st;
  private final JsonNode forecast;
  private final JsonNode compare;
  private final JsonNode mc;
  private final JsonNode sensitivity;
  private final JsonNode pivotal;
  private final JsonNode simulation;
  private final List<JsonNode> games;
  private final List<ServiceResult> provenance;
  private final List<ServiceResult> gameServiceResults;
  private final List<String> gameNotes;
  private final StringBuilder b = new StringBuilder();

  BriefPage(Scenario s, Brief.Settings st, JsonNode forecast, JsonNode compare, JsonNode mc, JsonNode sensitivity,
      JsonNode pivotal, JsonNode simulation, List<JsonNode> games, List<ServiceResult> provenance, List<ServiceResult> gameServiceResults, List<String> gameNotes) {
    this.s = s;
    this.st = st;
    this.forecast = forecast;
    this.compare = compare;
    this.mc = mc;
    this.sensitivity = sensitivity;
    this.pivotal = pivotal;
    this.simulation = simulation;
    this.games = games;
    this.provenance = provenance;
    this.gameServiceResults = gameServiceResults;
    this.gameNotes = gameNotes;
  }

  String html() {
    b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Brief: ").append(e(s.metadata().title()))
        .append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
    b.append("<h1>").append(e(s.metadata().title())).append("</h1>\n");
    b.append("<p class=\"meta\">Scenario <code>").append(e(s.metadata().id())).append("</code>, ").append(e(s.metadata().date()))
        .append(" · model <code>").append(e(st.model())).append("</code> · ").append(st.samples()).append(" Monte Carlo samples, seed ")
        .append(st.seed()).append("</p>\n");
    summary();
    actorsAndIssues();
    forecastSection();
    yearsAhead();
    options();
    drivers();
    pivotalSection();
    gamesSection();
    sources();
    provenanceSection();
    b.append("</body></html>\n");
    return b.toString();
  }

  private void summary() {
    b.append("<section id=\"summary\"><h2>1. Summary</h2>\n<p>").append(e(s.metadata().description())).append("</p>\n<ul>\n");
    JsonNode r = forecast.get("result");
    for (JsonNode o : r.get("outcomes")) {
      Issue i = s.issue(o.get("issue").asText()).orElseThrow();
      b.append("<li><b>").append(e(i.title())).append("</b> settles near ").append(Brief.fmt(o.get("outcome").asDouble(), 0))
          .append(" on ").append(Brief.fmt(i.min(), 0)).append("–").append(Brief.fmt(i.max(), 0));
      String meaning = o.get("meaning").asText();
      if (!meaning.isEmpty()) b.append(": <i>").append(e(meaning)).append("</i>");
      JsonNode top = firstPivotal(i.id());
      if (top != null) b.append(". Most pivotal: ").append(e(top.get("actor").asText())).append(" (").append(e(top.get("change").asText()))
          .append(" moves it by ").append(Brief.fmt(top.get("shift").asDouble(), 1)).append(")");
      b.append(".</li>\n");
    }
    b.append("</ul>\n<p>").append(r.get("converged").asBoolean() ? "The model converged" : "The model stopped at its round limit")
        .append(" after ").append(r.get("iterations").asInt()).append(" rounds.</p></section>\n");
  }

  private JsonNode firstPivotal(String issue) {
    for (JsonNode row : pivotal.get("result").get("effects"))
      if (row.get("issue").asText().equals(issue) && !row.get("shift").isNull()) return row;
    return null;
  }

  private void actorsAndIssues() {
    b.append("<section id=\"actors\"><h2>2. Actors and issues</h2>\n<table><tr><th>actor</th><th>name</th><th>kind</th><th>capability</th><th>source</th></tr>\n");
    for (Actor a : s.actors())
      b.append("<tr><td><code>").append(e(a.id())).append("</code></td><td>").append(e(a.name())).append("</td><td>")
          .append(e(a.kind().name().toLowerCase(java.util.Locale.ROOT))).append("</td><td class=\"n\">").append(Brief.fmt(a.capability(), 2))
          .append("</td><td>").append(e(a.capabilitySource().sourceId())).append("</td></tr>\n");
    b.append("</table>\n<table><tr><th>issue</th><th>scale</th><th>anchors</th></tr>\n");
    for (Issue i : s.issues())
      b.append("<tr><td><code>").append(e(i.id())).append("</code> ").append(e(i.title())).append("</td><td>").append(Brief.fmt(i.min(), 0))
          .append("–").append(Brief.fmt(i.max(), 0)).append("</td><td>")
          .append(e(String.join("; ", i.anchors().stream().map(x -> Brief.fmt(x.value(), 0) + " " + x.label()).toList()))).append("</td></tr>\n");
    b.append("</table>\n<h3>Positions (salience)</h3>\n<table class=\"grid\"><tr><th>actor</th>");
    for (Issue i : s.issues()) b.append("<th>").append(e(i.id())).append("</th>");
    b.append("</tr>\n");
    for (Actor a : s.actors()) {
      b.append("<tr><td><code>").append(e(a.id())).append("</code></td>");
      for (Issue i : s.issues()) {
        var p = s.position(a.id(), i.id());
        b.append("<td class=\"n\">").append(p.map(x -> Brief.fmt(x.position(), 0) + " (" + Brief.fmt(x.salience(), 2) + ")").orElse("–"))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table></section>\n");
  }

  private void forecastSection() {
    b.append("<section id=\"forecast\"><h2>3. Forecast and its uncertainty</h2>\n");
    List<String> cats = new ArrayList<>();
    List<Double> vals = new ArrayList<>();
    for (JsonNode o : forecast.get("result").get("outcomes")) {
      cats.add(o.get("issue").asText());
      vals.add(o.get("outcome").asDouble());
    }
    double min = s.issues().stream().mapToDouble(Issue::min).min().orElse(0);
    double max = s.issues().stream().mapToDouble(Issue::max).max().orElse(100);
    b.append("<figure>").append(SvgCharts.points("Forecast settlement per issue (model " + st.model() + ")", "position on the issue's scale",
        cats, vals, min, max, 760, 60 + 28 * cats.size())).append("<figcaption>Where each issue settles; scales and anchors in section 2.</figcaption></figure>\n");
    if (mc != null) {
      List<SvgCharts.Interval> rows = new ArrayList<>();
      List<String> series = new ArrayList<>();
      for (JsonNode x : mc.get("result").get("issues")) {
        rows.add(new SvgCharts.Interval(x.get("issue").asText(), x.get("option").asText(), x.get("p05").asDouble(), x.get("p95").asDouble()));
        if (!series.contains(x.get("option").asText())) series.add(x.get("option").asText());
      }
      b.append("<figure>").append(SvgCharts.intervals("ServiceResult under each option: 5 %–95 % of " + mc.get("result").get("completed").asLong()
          + " samples", "position on the issue's scale", rows, series, cats, min, max, 760, 140 + 7 * cats.size() * Math.max(1, series.size())))
          .append("<figcaption>Each bar spans the middle 90 % of the Monte Carlo outcomes when positions, saliences and capabilities "
              + "vary over their declared ranges.</figcaption></figure>\n");
    } else {
      b.append("<p>The scenario declares no policy options, so no Monte Carlo was run.</p>\n");
    }
    b.append("</section>\n");
  }

  private void options() {
    b.append("<section id=\"options\"><h2>5. Options and who gains</h2>\n");
    if (compare == null) {
      b.append("<p>No policy options are declared.</p></section>\n");
      return;
    }
    JsonNode opts = compare.get("result").get("options");
    List<String> names = new ArrayList<>();
    for (JsonNode o : opts) names.add(o.get("option").asText());
    List<String> issues = s.issues().stream().map(Issue::id).toList();
    double[][] change = new double[names.size()][issues.size()];
    for (int k = 0; k < names.size(); k++)
      for (JsonNode i : opts.get(k).get("outcomes")) change[k][issues.indexOf(i.get("issue").asText())] = i.get("change").asDouble();
    b.append("<figure>").append(SvgCharts.grouped("Change of each issue's outcome from the baseline", "issue", "change (scale points)",
        names, issues, change, 760, 380)).append("</figure>\n<ol class=\"opts\">");
    for (JsonNode o : opts) b.append("<li><code>").append(e(o.get("option").asText())).append("</code> ").append(e(o.get("title").asText())).append("</li>");
    b.append("</ol>\n<h3>Who gains: change of each actor's utility (rows) under each option (columns)</h3>\n");
    Map<String, Map<String, Double>> pBetter = new LinkedHashMap<>();
    if (mc != null)
      for (JsonNode a : mc.get("result").get("actors"))
        pBetter.computeIfAbsent(a.get("actor").asText(), x -> new LinkedHashMap<>()).put(a.get("option").asText(), a.get("p_better").asDouble());
    b.append("<table class=\"grid\"><tr><th>actor</th>");
    for (String n : names) b.append("<th>").append(e(n)).append("</th>");
    b.append("</tr>\n");
    for (Actor a : s.actors()) {
      b.append("<tr><td><code>").append(e(a.id())).append("</code></td>");
      for (JsonNode o : opts) {
        double c = 0;
        for (JsonNode u : o.get("utilities")) if (u.get("actor").asText().equals(a.id())) c = u.get("change").asDouble();
        Double p = pBetter.getOrDefault(a.id(), Map.of()).get(o.get("option").asText());
        b.append("<td class=\"n\" style=\"background:").append(heat(c)).append("\">").append(String.format(java.util.Locale.ROOT, "%+.3f", c));
        if (p != null) b.append("<br><small>P(better) ").append(Brief.fmt(100 * p, 0)).append("%</small>");
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table><p class=\"note\">Green: the option brings the outcomes closer to the actor's ideal points (utility up); red: further away. "
        + "P(better): share of Monte Carlo samples in which the actor is strictly better off than under the baseline.</p></section>\n");
  }

  private static String heat(double c) {
    double t = Math.max(-1, Math.min(1, c / 0.1));
    int r = t < 0 ? 255 : (int) (255 - 120 * t);
    int g = t > 0 ? 255 : (int) (255 + 120 * t);
    int bl = (int) (255 - 120 * Math.abs(t));
    return String.format("#%02x%02x%02x", r, g, bl);
  }

  private void yearsAhead() {
    JsonNode r = simulation.get("result");
    b.append("<section id=\"years\"><h2>4. Years ahead</h2>\n<p>").append(r.get("completed").asLong()).append(" simulated runs of the next ")
        .append(r.get("config").get("years").asInt()).append(" years (seed ").append(r.get("config").get("seed").asLong())
        .append(", constraint ").append(e(r.get("config").get("constraint").asText()))
        .append("): each year draws the scenario's events, runs the model and carries the outcome forward as the next year's status quo. "
            + "Shaded: 5 %–95 % of runs; solid: median; dashed: mean; red: today (docs/dynamics.md).</p>\n<div class=\"cols\">");
    // rows under "issues", as simulate --format json gives them; the first year of each issue is today
    for (Issue issue : s.issues()) {
      String id = issue.id();
      List<SvgCharts.FanYear> years = new ArrayList<>();
      for (JsonNode v : r.get("issues"))
        if (v.get("issue").asText().equals(id))
          years.add(new SvgCharts.FanYear(v.get("year").asInt(), v.get("p05").asDouble(), v.get("p50").asDouble(), v.get("p95").asDouble(),
              v.get("mean").asDouble()));
      if (years.isEmpty()) continue;
      String title = issue.title().isEmpty() ? id : issue.title();
      b.append("<figure class=\"fan\">").append(SvgCharts.fan(title.length() > 60 ? title.substring(0, 59) + "…" : title,
          id + " (" + Brief.fmt(issue.min(), 0) + "–" + Brief.fmt(issue.max(), 0) + ")", years,
          years.get(0).mean(), issue.min(), issue.max(), 460, 260)).append("</figure>");
    }
    b.append("</div>\n");
    if (r.get("events").size() > 0) {
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (JsonNode ev : r.get("events")) {
        first = Math.min(first, ev.get("year").asInt());
        last = Math.max(last, ev.get("year").asInt());
      }
      b.append("<table><tr><th>event</th><th>p/year</th><th>P(").append(first).append(")</th><th>P(by ").append(last).append(")</th></tr>\n");
      java.util.Set<String> seen = new java.util.LinkedHashSet<>();
      for (JsonNode ev : r.get("events")) seen.add(ev.get("event").asText());
      for (String id : seen) {
        double pFirst = 0, pBy = 0;
        var declared = s.events().stream().filter(x -> x.id().equals(id)).findFirst();
        double p = declared.map(io.peninsula.model.ScenarioEvent::probability).orElse(Double.NaN);
        String title = declared.map(io.peninsula.model.ScenarioEvent::title).orElse("");
        for (JsonNode ev : r.get("events")) {
          if (!ev.get("event").asText().equals(id)) continue;
          if (ev.get("year").asInt() == first) pFirst = ev.get("p_this_year").asDouble();
          if (ev.get("year").asInt() == last) pBy = ev.get("p_by_this_year").asDouble();
        }
        b.append("<tr><td title=\"").append(e(title)).append("\">").append(e(id)).append("</td><td>").append(Brief.fmt(p, 2)).append("</td><td>")
            .append(Brief.fmt(pFirst, 3)).append("</td><td>").append(Brief.fmt(pBy, 3)).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</section>\n");
  }

  private void drivers() {
    b.append("<section id=\"drivers\"><h2>6. What drives the outcome</h2>\n<p>Morris screening: mu* is the mean absolute change of the "
        + "outcome (scale points) when one input crosses its range; the eight largest per issue.</p>\n<div class=\"cols\">");
    JsonNode rows = sensitivity.get("result").get("rows");
    for (Issue i : s.issues()) {
      List<String> labels = new ArrayList<>();
      List<Double> vals = new ArrayList<>();
      for (JsonNode r : rows)
        if (r.get("issue").asText().equals(i.id()) && labels.size() < 8) {
          labels.add(r.get("input").asText());
          vals.add(r.get("mu_star").asDouble());
        }
      b.append("<figure>").append(SvgCharts.tornado(i.title(), "mu* (scale points)", labels, vals, 460, 260)).append("</figure>");
    }
    b.append("</div></section>\n");
  }

  private void pivotalSection() {
    b.append("<section id=\"pivotal\"><h2>7. Pivotal actors</h2>\n<table><tr><th>issue</th><th>actor</th><th>change</th><th>baseline</th>"
        + "<th>outcome</th><th>shift</th></tr>\n");
    Map<String, Integer> shown = new LinkedHashMap<>();
    for (JsonNode r : pivotal.get("result").get("effects")) {
      String issue = r.get("issue").asText();
      if (r.get("shift").isNull() || shown.merge(issue, 1, Integer::sum) > 3) continue;
      b.append("<tr><td>").append(e(issue)).append("</td><td><code>").append(e(r.get("actor").asText())).append("</code></td><td>")
          .append(e(r.get("change").asText())).append("</td><td class=\"n\">").append(Brief.fmt(r.get("baseline").asDouble(), 1))
          .append("</td><td class=\"n\">").append(Brief.fmt(r.get("outcome").asDouble(), 1)).append("</td><td class=\"n\">")
          .append(String.format(java.util.Locale.ROOT, "%+.1f", r.get("shift").asDouble())).append("</td></tr>\n");
    }
    b.append("</table><p class=\"note\">The three largest shifts per issue when an actor is removed or its salience set to 0 or 1.</p></section>\n");
  }

  private void gamesSection() {
    b.append("<section id=\"games\"><h2>8. Games</h2>\n");
    if (games.isEmpty() && gameNotes.isEmpty())
      b.append("<p>No game was built: the scenario has no defence treaty and none was asked for (<code>--game KIND:A,B</code>).</p>\n");
    for (JsonNode g : games) {
      JsonNode r = g.get("result");
      JsonNode game = r.get("game");
      b.append("<h3>").append(e(r.get("kind").asText())).append(": ").append(e(String.join(" vs ", strings(game.get("players")))))
          .append("</h3>\n<p>").append(e(r.get("classification").asText())).append("</p>\n");
      if (game.get("form").asText().equals("strategic") && game.get("players").size() == 2) matrix(game);
      else b.append("<p>Extensive game; its subgame-perfect equilibrium is described above.</p>\n");
    }
    for (String n : gameNotes) b.append("<p class=\"note\">Not built: ").append(e(n)).append("</p>\n");
    b.append("</section>\n");
  }

  private void matrix(JsonNode game) {
    List<String> rows = strings(game.get("strategies").get(0));
    List<String> cols = strings(game.get("strategies").get(1));
    b.append("<table class=\"grid\"><tr><th>").append(e(game.get("players").get(0).asText())).append(" \\ ")
        .append(e(game.get("players").get(1).asText())).append("</th>");
    for (String c : cols) b.append("<th>").append(e(c)).append("</th>");
    b.append("</tr>\n");
    for (int i = 0; i < rows.size(); i++) {
      b.append("<tr><th>").append(e(rows.get(i))).append("</th>");
      for (int j = 0; j < cols.size(); j++) {
        JsonNode cell = null;
        for (JsonNode c : game.get("cells")) if (c.get("profile").get(0).asInt() == i && c.get("profile").get(1).asInt() == j) cell = c;
        boolean eq = false;
        for (JsonNode x : game.get("equilibria"))
          if (x.get(0).get(i).get("value").asDouble() == 1 && x.get(1).get(j).get("value").asDouble() == 1) eq = true;
        b.append("<td class=\"n").append(eq ? " eq" : "").append("\">").append(Brief.fmt(cell.get("payoffs").get(0).asDouble(), 3)).append(", ")
            .append(Brief.fmt(cell.get("payoffs").get(1).asDouble(), 3)).append(eq ? " ★" : "").append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table><p class=\"note\">★ a pure-strategy Nash equilibrium. Mixed equilibria: ")
        .append(game.get("equilibria").size()).append(" equilibria in all.</p>\n");
  }

  private void sources() {
    b.append("<section id=\"sources\"><h2>9. Sources</h2>\n<ol class=\"sources\">");
    for (Source src : s.sources())
      b.append("<li id=\"src-").append(e(src.id())).append("\"><code>").append(e(src.id())).append("</code> ").append(e(Brief.citation(src)))
          .append(src.quote().map(q -> " <q>" + e(q) + "</q>").orElse("")).append("</li>\n");
    b.append("</ol></section>\n");
  }

  private void provenanceSection() {
    b.append("<section id=\"provenance\"><h2>10. Provenance</h2>\n<table><tr><th>command</th><th>model</th><th>parameters</th><th>seed</th>"
        + "<th>scenario sha256</th><th>version</th><th>started</th><th>seconds</th></tr>\n");
    List<ServiceResult> all = new ArrayList<>(provenance);
    all.addAll(gameServiceResults);
    for (ServiceResult o : all) {
      var p = o.provenance();
      b.append("<tr><td>").append(e(p.command())).append("</td><td>").append(e(p.model().orElse("–"))).append(p.variant().map(v -> " [" + e(v) + "]").orElse(""))
          .append("</td><td><small>").append(e(new java.util.TreeMap<>(p.parameters()).toString())).append(" ").append(e(p.options().toString()))
          .append("</small></td><td>").append(p.seed())
          .append("</td><td><small>").append(e(p.scenario().map(x -> x.sha256()).orElse(""))).append("</small></td><td>").append(e(p.appVersion())).append("</td><td>")
          .append(e(p.started().toString())).append("</td><td class=\"n\">").append(Brief.fmt(p.seconds(), 2)).append("</td></tr>\n");
    }
    b.append("</table></section>\n");
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(x -> out.add(x.asText()));
    return out;
  }

  static String e(String s) {
    if (s == null) return "";
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final String CSS = "body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4}"
      + "h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:1px solid #999;margin-top:2rem}.meta{color:#555}"
      + "table{border-collapse:collapse;margin:.6rem 0;font-size:.85rem}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}"
      + "td.n{text-align:right;font-variant-numeric:tabular-nums}td.eq{font-weight:bold;outline:2px solid #333}.note{color:#555;font-size:.85rem}"
      + "figure{margin:.8rem 0}figcaption{font-size:.85rem;color:#555}.cols{display:flex;flex-wrap:wrap;gap:.5rem}"
      + "svg{max-width:100%;height:auto}ol.sources li{margin-bottom:.3rem;font-size:.85rem}"
      + "@media print{body{margin:0;max-width:none}section{break-inside:avoid-page}h2{break-after:avoid}figure{break-inside:avoid}}";
}
