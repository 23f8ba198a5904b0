package io.peninsula.cli;

import io.peninsula.app.scenario.LoadedScenario;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.peninsula.app.runs.RunLog;
import io.peninsula.app.runs.RunRecord;
import io.peninsula.app.runs.TidyExport;
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

  static RunRecord require(RunLog s, String id) {
    return s.get(id).orElseThrow(() -> new UsageException("no run \"" + id + "\" in " + s.file() + " (see peninsula runs list)"));
  }

  static RunLog open(Path store) {
    return new RunLog(StoreOptions.resolve(store));
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
      List<RunRecord> runs = open(store).list();
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("csv")) {
        out.println(CSV_HEADER);
        for (RunRecord r : runs)
          out.println(String.join(",", r.id(), r.command(), r.model(), csv(r.scenarioId()), r.started().toString(), Numbers.fixed(r.seconds(), 3)));
      } else {
        Table t = new Table(List.of("id", "command", "model", "scenario", "started", "seconds"), false, false, false, false, false, true);
        for (RunRecord r : runs)
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
      RunRecord r = require(open(store), id);
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

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Write stored runs as tidy tables, one file per table, into a folder:",
          "runs.parquet (provenance, one row per run) and one table per command with the columns of its --format csv",
          "(forecast: run,round,actor,dimension,position; montecarlo: one row per option x issue; ...), joined on run.",
          "Details: docs/runs.md"})
  static final class Export implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "0..*", description = "Runs to export (or --all).")
    List<String> ids;

    @Option(names = "--all", description = "Export every stored run.")
    boolean all;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the tables into (created if missing).")
    Path outDir;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FMT", description = "parquet or csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--store", paramLabel = "FILE", description = "Run store.")
    Path store;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (!List.of("parquet", "csv").contains(format)) throw new UsageException("unknown --format \"" + format + "\" (allowed: parquet, csv)");
      if (all == (ids != null && !ids.isEmpty())) throw new UsageException("give run IDs or --all (not both)");
      RunLog s = open(store);
      List<RunRecord> runs = all ? s.list() : ids.stream().map(id -> require(s, id)).toList();
      var out = spec.commandLine().getOut();
      for (TidyExport.Written w : TidyExport.export(runs, outDir, format))
        out.println("wrote " + w.file() + " (" + w.rows() + " rows: " + String.join(",", w.columns()) + ")");
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  @Command(name = "rerun", mixinStandardHelpOptions = true,
      description = {"Re-run a stored run and compare the new result with the stored one.",
          "Rebuilds the run's typed request; uses its stored scenario text and seed; exit 0 when identical, 1 otherwise. Stores nothing."})
  static final class Rerun implements Callable<Integer> {
    @Parameters(paramLabel = "ID") String id;

    @Option(names = "--store", paramLabel = "FILE", description = "Run store.")
    Path store;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      RunRecord r = require(open(store), id);
      io.peninsula.app.runs.Rerun.Verdict v = io.peninsula.app.runs.Rerun.of(r);
      PrintWriter out = spec.commandLine().getOut();
      if (v.identical()) {
        out.println("rerun of " + id + ": identical result (" + r.command() + (r.model().isEmpty() ? "" : ", model " + r.model())
            + ", seed " + r.seed() + ")");
        out.flush();
        return Cli.EXIT_OK;
      }
      out.println("rerun of " + id + ": result DIFFERS; first difference at " + v.firstDifference().orElseThrow());
      out.flush();
      return Cli.EXIT_FAILURE;
    }
  }
}
