package io.peninsula.cli;

import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.web.ApiException;
import io.peninsula.web.brief.Brief;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula brief [SCENARIO] --out brief.html}: a self-contained HTML brief, optionally printed to PDF. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = {"Write a self-contained HTML brief on a scenario: summary, actors and issues, forecast with its uncertainty, "
        + "years ahead (fan charts), options and who gains, drivers (tornado), pivotal actors, games, every source, provenance. Charts are inline SVG; "
        + "nothing is fetched from the network. --pdf prints it with headless Chromium when one is installed."})
final class BriefCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
  Path out;

  @Option(names = "--model", defaultValue = "compromise", paramLabel = "NAME", description = "Bargaining model. Default: ${DEFAULT-VALUE}.")
  String model;

  @Option(names = "--samples", defaultValue = "1000", paramLabel = "N", description = "Monte Carlo samples. Default: ${DEFAULT-VALUE}.")
  long samples;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--years", defaultValue = "5", paramLabel = "N", description = "Years of the years-ahead simulation. Default: ${DEFAULT-VALUE}.")
  int years;

  @Option(names = "--runs", defaultValue = "200", paramLabel = "R", description = "Runs of the years-ahead simulation. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--game", paramLabel = "KIND:A,B", description = "A game to include (repeatable): security-dilemma:A,B, "
      + "alliance:PATRON,CLIENT or deterrence:CHALLENGER,DEFENDER. Default: an alliance game on each of the first two defence treaties.")
  List<String> gameSpecs = new ArrayList<>();

  @Option(names = "--pdf", paramLabel = "FILE", description = "Also print the brief to this PDF (needs chromium).")
  Path pdf;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (samples < 1) throw new UsageException("--samples must be at least 1, got " + samples);
    if (years < 1 || years > 200) throw new UsageException("--years must be in [1, 200], got " + years);
    if (runs < 1) throw new UsageException("--runs must be at least 1, got " + runs);
    LoadedScenario loaded = scenarioOptions.load();
    Map<String, Object> scenario = new LinkedHashMap<>();
    // the scenario source falls back to a bundled scenario only when no file has that name
    if (!Files.exists(Path.of(loaded.origin()))) scenario.put("scenario", loaded.origin());
    else {
      scenario.put("scenario_text", loaded.content());
      scenario.put("input_format", loaded.format());
    }
    List<Map<String, Object>> games = new ArrayList<>();
    for (String g : gameSpecs) games.add(game(g));
    String html;
    try {
      html = new Brief().render(new Brief.Settings(scenario, model, samples, seed, games, years, runs));
    } catch (ApiException e) {
      throw new UsageException(e.getMessage() + (e.problems().isEmpty() ? "" : ": " + e.problems().get(0).message()));
    }
    Files.writeString(out, html, StandardCharsets.UTF_8);
    PrintWriter err = spec.commandLine().getErr();
    err.println("brief written to " + out + " (" + html.length() / 1024 + " KiB, self-contained)");
    if (pdf != null) {
      String chromium = chromium();
      Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
          "--print-to-pdf=" + pdf.toAbsolutePath(), out.toAbsolutePath().toUri().toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("chromium did not finish printing " + pdf + " within 120 s");
      }
      if (p.exitValue() != 0 || !Files.exists(pdf))
        throw new IllegalStateException("chromium could not print " + pdf + " (exit " + p.exitValue() + ")");
      err.println("PDF written to " + pdf);
    }
    err.flush();
    return Cli.EXIT_OK;
  }

  static Map<String, Object> game(String spec) {
    int colon = spec.indexOf(':');
    String kind = colon < 0 ? spec : spec.substring(0, colon);
    List<String> actors = colon < 0 ? List.of() : List.of(spec.substring(colon + 1).split(","));
    if (actors.size() != 2) throw new UsageException("--game " + spec + ": write KIND:A,B with two actor ids, e.g. alliance:USA,ROK");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    switch (kind) {
      case "security-dilemma" -> m.put("states", actors);
      case "alliance" -> {
        m.put("patron", actors.get(0));
        m.put("client", actors.get(1));
      }
      case "deterrence" -> {
        m.put("challenger", actors.get(0));
        m.put("defender", actors.get(1));
      }
      default -> throw new UsageException("--game " + spec + ": unknown kind \"" + kind + "\" (allowed: security-dilemma, alliance, deterrence)");
    }
    return m;
  }

  private static String chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) return p.toString();
      }
    }
    throw new IllegalStateException("--pdf needs Chromium to print the brief, and none was found on PATH (chromium, chromium-browser, "
        + "google-chrome); install it (Debian: apt-get install chromium) or open the HTML in a browser and print it to PDF");
  }
}
