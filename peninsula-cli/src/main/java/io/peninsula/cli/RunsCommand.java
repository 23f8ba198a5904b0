package io.peninsula.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.store.RunStore;
import io.peninsula.store.StoredRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula runs list|show|export|rerun}: the stored runs and their provenance. */
@Command(name = "runs", mixinStandardHelpOptions = true,
    description = "List, show, export and re-run stored runs (every forecast and analysis run is stored).",
    subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Export.class, RunsCommand.Rerun.class})
final class RunsCommand implements Runnable {
  static final String CSV_HEADER = "id,command,model,scenario,started,seconds";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static StoredRun require(RunStore s, String id) {
    return s.get(id).orElseThrow(() -> new UsageException("no run \"" + id + "\" in " + s.file() + " (see peninsula runs list)"));
  }

  static RunStore open(Path store) {
    return RunStore.open(StoreOptions.resolve(store));
  }

  /** Read-only: does not wait behind writers for long and also shows runs still in the spool. */
  static RunStore openForReading(Path store) {
    return RunStore.openReadOnly(StoreOptions.resolve(store));
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per stored run, oldest first.")
  static final class ListRuns implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "FILE", description = "Run store. Default: $PENINSULA_STORE or ~/.peninsula/runs.duckdb.")
    Path store;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FMT", description = "table or csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (!List.of("table", "csv").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv)");
      List<StoredRun> runs;
      try (RunStore s = openForReading(store)) {
        runs = s.list();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("csv")) {
        out.println(CSV_HEADER);
        for (StoredRun r : runs)
          out.println(String.join(",", r.id(), r.command(), r.model(), csv(r.scenarioId()), r.started().toString(), Numbers.fixed(r.seconds(), 3)));
      } else {
        Table t = new Table(List.of("id", "command", "model", "scenario", "started", "seconds"), false, false, false, false, false, true);
        for (StoredRun r : runs)
          t.row(List.of(r.id(), r.command(), r.model(), r.scenarioId(), r.started().toString(), Numbers.fixed(r.seconds(), 3)));
        out.print(t.render());
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private static String csv(String s) {
      return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Provenance and result of one run.")
  static final class Show implements Callable<Integer> {
    @Parameters(paramLabel = "ID") String id;

    @Option(names = "--store", paramLabel = "FILE", description = "Run store.")
    Path store;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      StoredRun r;
      try (RunStore s = openForReading(store)) {
        r = require(s, id);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("id:        " + r.id());
      out.println("command:   peninsula " + String.join(" ", JSON.readValue(r.argsJson(), new TypeReference<List<String>>() {})));
      out.println("model:     " + r.model());
      out.println("config:    " + r.configJson());
      out.println("scenario:  " + r.scenarioId() + " (" + r.scenarioOrigin() + ", " + r.scenarioFormat() + ", sha256 " + r.scenarioSha256() + ")");
      out.println("seed:      " + r.seed());
      out.println("versions:  peninsula " + r.appVersion() + ", Java " + r.javaVersion());
      out.println("time:      " + r.started() + " .. " + r.ended() + " (" + Numbers.fixed(r.seconds(), 3) + " s)");
      out.println("executor:  " + r.executor());
      out.println("result:");
      out.println(JSON.writeValueAsString(JSON.readTree(r.resultJson())));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Write one run (all columns) to a Parquet file.")
  static final class Export implements Callable<Integer> {
    @Parameters(paramLabel = "ID") String id;

    @Option(names = "--parquet", required = true, paramLabel = "FILE", description = "Parquet file to write.")
    Path parquet;

    @Option(names = "--store", paramLabel = "FILE", description = "Run store.")
    Path store;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (RunStore s = open(store)) {
        require(s, id);
        s.exportParquet(id, parquet);
      }
      spec.commandLine().getOut().println("wrote " + parquet);
      spec.commandLine().getOut().flush();
      return Cli.EXIT_OK;
    }
  }

  @Command(name = "rerun", mixinStandardHelpOptions = true,
      description = {"Re-run a stored run and compare the new result with the stored one.",
          "Uses the run's stored arguments, scenario text and seed; exit 0 when identical, 1 otherwise. Stores nothing."})
  static final class Rerun implements Callable<Integer> {
    @Parameters(paramLabel = "ID") String id;

    @Option(names = "--store", paramLabel = "FILE", description = "Run store.")
    Path store;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      StoredRun r;
      try (RunStore s = openForReading(store)) {
        r = require(s, id);
      }
      List<String> args = JSON.readValue(r.argsJson(), new TypeReference<List<String>>() {});
      var scenario = new LoadedScenario(ScenarioFormats.read(r.scenarioFormat(), r.scenarioOrigin(), r.scenarioText()),
          r.scenarioOrigin(), r.scenarioFormat(), r.scenarioText());
      List<RunRecord> captured = new ArrayList<>();
      StringWriter sink = new StringWriter();
      StringWriter errSink = new StringWriter();
      int exit = RunContext.with(scenario, run -> {
        captured.add(run);
        return "rerun";
      }, () -> {
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(sink));
        cl.setErr(new PrintWriter(errSink));
        return cl.execute(args.toArray(String[]::new));
      });
      PrintWriter out = spec.commandLine().getOut();
      if (exit != 0 || captured.isEmpty()) {
        out.println("rerun of " + id + " failed (exit " + exit + "): " + errSink.toString().strip());
        out.flush();
        return Cli.EXIT_FAILURE;
      }
      JsonNode before = JSON.readTree(r.resultJson());
      JsonNode after = JSON.readTree(captured.get(0).resultJson());
      if (before.equals(after)) {
        out.println("rerun of " + id + ": identical result (" + r.command() + ", model " + r.model() + ", seed " + r.seed() + ")");
        out.flush();
        return Cli.EXIT_OK;
      }
      out.println("rerun of " + id + ": result DIFFERS; first difference at " + JsonDiff.firstDifference(before, after));
      out.flush();
      return Cli.EXIT_FAILURE;
    }
  }
}
