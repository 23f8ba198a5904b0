package io.peninsula.app.runs;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.app.BadRequestException;
import io.peninsula.app.Json;
import io.peninsula.store.TableFile;
import io.peninsula.store.TableFile.Column;
import io.peninsula.store.TableFile.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code runs export} and the web's run download ({@link #single}): stored runs as tidy tables.
 * Each run's result becomes the rows of its command's table, with the columns of that command's {@code --format csv} (forecast: the
 * trajectory {@code round,actor,dimension,position}; montecarlo: one row per option × issue; …),
 * preceded by a {@code run} column holding the run id. Provenance is a second table, {@code runs},
 * one row per run, joined on {@code run}. Runs of one command share one table, so several runs
 * (or all) export into one file per table: {@code runs.parquet}, {@code forecast.parquet}, ….
 *
 * <p>Commands without a {@code --format csv} export the list of records their JSON result is built
 * around: game solve its equilibria, game reduce its rounds, game build its payoffs (listed in
 * {@link #ROWS}); any other (backtest, sweep) the first list of records in its result. Their
 * columns are the records' fields; a field holding a list or an object is a JSON text cell.
 */
public final class TidyExport {
  private TidyExport() {}

  /** Where the rows of a command without a CSV form live in its result. */
  static final Map<String, String> ROWS = Map.of("game solve", "equilibria", "game reduce", "rounds", "game build", "payoffs");

  private static final Column RUN = new Column("run", Type.TEXT);

  /** The tables of {@code runs}: {@code runs} (provenance) first, then one per command in order of first appearance. */
  public static List<TableFile> tables(List<RunRecord> runs) {
    if (runs.isEmpty()) throw new BadRequestException("no runs to export");
    Map<String, List<Column>> columns = new LinkedHashMap<>();
    Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
    columns.put("runs", PROVENANCE);
    rows.put("runs", new ArrayList<>());
    for (RunRecord r : runs) {
      rows.get("runs").add(provenance(r));
      String table = r.command().replace(' ', '-');
      TableFile t = table(r);
      List<Column> have = columns.putIfAbsent(table, t.columns());
      if (have != null && !have.equals(t.columns()))
        throw new BadRequestException("run " + r.id() + " has the columns " + names(t.columns()) + ", other " + r.command() + " runs "
            + names(have) + " (e.g. a sensitivity run of the other method): export them separately");
      rows.computeIfAbsent(table, k -> new ArrayList<>()).addAll(t.rows());
    }
    List<TableFile> out = new ArrayList<>();
    for (var e : columns.entrySet()) out.add(new TableFile(e.getKey(), e.getValue(), rows.get(e.getKey())));
    return out;
  }

  /** A file written: its path, row count and column names. */
  public record Written(Path file, int rows, List<String> columns) {}

  /** Exports {@code runs} into {@code dir}, one file per table ({@link #tables}), as Parquet or CSV. */
  public static List<Written> export(List<RunRecord> runs, Path dir, String format) {
    List<TableFile> tables = tables(runs);
    List<Path> files = write(tables, dir, format);
    List<Written> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++)
      out.add(new Written(files.get(i), tables.get(i).rows().size(), tables.get(i).columns().stream().map(Column::name).toList()));
    return out;
  }

  /** Which of one run's two tables: its command's table (the result), or its provenance row ({@code runs}). */
  public enum Part { RESULT, PROVENANCE }

  /** One table of one run: its name ({@code forecast}, {@code game-solve}, …, or {@code runs}) and the file's bytes. */
  public record Single(String table, byte[] bytes) {}

  /**
   * One run's {@code part} as the file {@code runs export ID --format FORMAT} writes for it, byte
   * for byte ({@code NAME.csv} or {@code NAME.parquet}, the {@code run} column first): the web's
   * download of a run.
   */
  public static Single single(RunRecord run, Part part, String format) {
    TableFile table = tables(List.of(run)).get(part == Part.PROVENANCE ? 0 : 1);
    Path dir;
    try {
      dir = Files.createTempDirectory("peninsula-export");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot export run " + run.id() + ": no scratch folder (" + e.getMessage() + ")", e);
    }
    Path file = dir.resolve(table.name() + "." + format);
    try {
      write(List.of(table), dir, format);
      return new Single(table.name(), Files.readAllBytes(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot export run " + run.id() + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      } catch (java.io.IOException e) {
        // a scratch file left in the temporary folder; the answer is complete
      }
    }
  }

  /** Writes each table into {@code dir} as {@code NAME.parquet} or {@code NAME.csv}; returns the files written. */
  public static List<Path> write(List<TableFile> tables, Path dir, String format) {
    if (!List.of("parquet", "csv").contains(format)) throw new BadRequestException("unknown --format \"" + format + "\" (allowed: parquet, csv)");
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new BadRequestException("--out " + dir + ": cannot create the folder (" + e.getMessage() + ")", e);
    }
    List<Path> files = new ArrayList<>();
    for (TableFile t : tables) {
      Path f = dir.resolve(t.name() + "." + format);
      if (format.equals("parquet")) t.writeParquet(f);
      else t.writeCsv(f);
      files.add(f);
    }
    return files;
  }

  private static final List<Column> PROVENANCE = List.of(RUN, new Column("command", Type.TEXT), new Column("args", Type.TEXT),
      new Column("model", Type.TEXT), new Column("variant", Type.TEXT), new Column("parameters", Type.TEXT),
      new Column("options", Type.TEXT), new Column("seed", Type.LONG), new Column("threads", Type.LONG),
      new Column("scenario_id", Type.TEXT), new Column("scenario_origin", Type.TEXT), new Column("scenario_format", Type.TEXT),
      new Column("scenario_sha256", Type.TEXT), new Column("app_version", Type.TEXT), new Column("java_version", Type.TEXT),
      new Column("started", Type.TEXT), new Column("seconds", Type.DOUBLE), new Column("executor", Type.TEXT));

  private static List<Object> provenance(RunRecord r) {
    JsonNode p = json(r, r.configJson()).path("provenance");
    List<Object> row = new ArrayList<>();
    row.add(r.id());
    row.add(r.command());
    row.add(r.argsJson());
    row.add(r.model().isEmpty() ? null : r.model());
    row.add(p.path("variant").isTextual() ? p.get("variant").asText() : null);
    row.add(p.has("parameters") ? p.get("parameters").toString() : null);
    row.add(p.has("options") ? p.get("options").toString() : null);
    row.add(r.seed());
    row.add(p.has("threads") ? p.get("threads").asLong() : null);
    row.add(empty(r.scenarioId()));
    row.add(empty(r.scenarioOrigin()));
    row.add(empty(r.scenarioFormat()));
    row.add(empty(r.scenarioSha256()));
    row.add(r.appVersion());
    row.add(r.javaVersion());
    row.add(r.started().toString());
    row.add(r.seconds());
    row.add(r.executor());
    return row;
  }

  /** One run's result as the rows of its command's table. */
  static TableFile table(RunRecord run) {
    JsonNode res = json(run, run.resultJson());
    String table = run.command().replace(' ', '-');
    return switch (run.command()) {
      case "forecast" -> byRound(records(table, run, res.path("trajectory"), List.of(c("round", Type.LONG), c("actor", Type.TEXT),
          c("dimension", Type.TEXT), c("position", Type.DOUBLE)), Map.of()));
      case "montecarlo" -> records(table, run, res.path("issues"), List.of(c("option", Type.TEXT), c("issue", Type.TEXT), c("model", Type.TEXT),
          c("samples", Type.LONG), c("mean", Type.DOUBLE), c("sd", Type.DOUBLE), c("p05", Type.DOUBLE), c("p50", Type.DOUBLE),
          c("p95", Type.DOUBLE)), Map.of("model", run.model()));
      case "pivotal" -> records(table, run, res.path("effects"), List.of(c("issue", Type.TEXT), c("actor", Type.TEXT), c("change", Type.TEXT),
          c("baseline", Type.DOUBLE), c("outcome", Type.DOUBLE), c("shift", Type.DOUBLE)), Map.of());
      case "levers" -> levers(table, run, res);
      case "compare" -> compare(table, run, res);
      case "simulate" -> records(table, run, res.has("issues") ? res.path("issues") : res.path("values"), List.of(c("year", Type.LONG),
          c("issue", Type.TEXT), c("mean", Type.DOUBLE), c("p05", Type.DOUBLE), c("p50", Type.DOUBLE), c("p95", Type.DOUBLE),
          c("p_changed", Type.DOUBLE), c("sd", Type.DOUBLE)), Map.of());
      case "sensitivity" -> inferred(table, run, res.has("intervals") ? withIntervals(res) : res.path("rows"));
      case "arms fit" -> armsFit(table, run, res);
      default -> inferred(table, run, ROWS.containsKey(run.command()) ? res.path(ROWS.get(run.command())) : firstRecordList(res));
    };
  }

  /** The CSV's order: round by round, issues and actors in the order of the result (the JSON lists issue by issue). */
  private static TableFile byRound(TableFile t) {
    List<List<Object>> rows = new ArrayList<>(t.rows());
    rows.sort(java.util.Comparator.comparingLong(r -> (Long) r.get(1))); // stable: issue and actor order kept within a round
    return new TableFile(t.name(), t.columns(), rows);
  }

  private static Column c(String name, Type type) {
    return new Column(name, type);
  }

  /** One row per element of {@code list}, the columns read by name ({@code fixed} supplies columns the records lack). */
  private static TableFile records(String table, RunRecord run, JsonNode list, List<Column> cols, Map<String, String> fixed) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode n : list) {
      List<Object> row = new ArrayList<>();
      row.add(run.id());
      for (Column col : cols) row.add(fixed.containsKey(col.name()) ? fixed.get(col.name()) : value(n.get(col.name()), col.type()));
      rows.add(row);
    }
    return new TableFile(table, with(cols), rows);
  }

  /** As {@code levers --format csv}: actor, lever, from, to, change (to − from), outcome, reachable. */
  private static TableFile levers(String table, RunRecord run, JsonNode res) {
    List<Column> cols = List.of(c("actor", Type.TEXT), c("lever", Type.TEXT), c("from", Type.DOUBLE), c("to", Type.DOUBLE),
        c("change", Type.DOUBLE), c("outcome", Type.DOUBLE), c("reachable", Type.TEXT));
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode n : res.path("levers"))
      rows.add(List.of(run.id(), n.path("actor").asText(), n.path("lever").asText(), n.path("from").asDouble(), n.path("to").asDouble(),
          n.path("to").asDouble() - n.path("from").asDouble(), n.path("outcome").asDouble(), n.path("reachable").asText()));
    return new TableFile(table, with(cols), rows);
  }

  /**
   * As {@code arms fit --format csv}: one row per model scored on the held-out years, with the dyad,
   * data set, fit window and holdout beside each (no rows when the fit held no years out).
   */
  private static TableFile armsFit(String table, RunRecord run, JsonNode res) {
    List<Column> cols = List.of(c("model", Type.TEXT), c("first", Type.TEXT), c("second", Type.TEXT), c("data", Type.TEXT),
        c("fit_from", Type.LONG), c("fit_to", Type.LONG), c("holdout_from", Type.LONG), c("holdout_to", Type.LONG), c("years", Type.LONG),
        c("rmse_one_step", Type.DOUBLE), c("rmse_dynamic", Type.DOUBLE));
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode n : res.path("scores"))
      rows.add(java.util.Arrays.asList(run.id(), n.path("model").asText(), res.path("first").asText(), res.path("second").asText(),
          res.path("data").path("name").asText(), value(res.get("fit_from"), Type.LONG), value(res.get("fit_to"), Type.LONG),
          value(res.get("holdout_from"), Type.LONG), value(res.get("holdout_to"), Type.LONG), value(n.get("years"), Type.LONG),
          value(n.get("rmse_one_step"), Type.DOUBLE), value(n.get("rmse_dynamic"), Type.DOUBLE)));
    return new TableFile(table, with(cols), rows);
  }

  /** As {@code compare --format csv}: per option its outcome rows then its utility rows, with the baseline's value beside each. */
  private static TableFile compare(String table, RunRecord run, JsonNode res) {
    List<Column> cols = List.of(c("option", Type.TEXT), c("kind", Type.TEXT), c("id", Type.TEXT), c("baseline", Type.DOUBLE),
        c("value", Type.DOUBLE), c("change", Type.DOUBLE));
    Map<String, Double> baseOutcome = new LinkedHashMap<>();
    for (JsonNode n : res.path("baseline").path("outcomes")) baseOutcome.put(n.path("issue").asText(), n.path("outcome").asDouble());
    Map<String, Double> baseUtility = new LinkedHashMap<>();
    for (JsonNode n : res.path("baseline").path("utilities")) baseUtility.put(n.path("actor").asText(), n.path("utility").asDouble());
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode o : res.path("options")) {
      String option = o.path("option").asText();
      for (JsonNode n : o.path("outcomes"))
        rows.add(java.util.Arrays.asList(run.id(), option, "outcome", n.path("issue").asText(), baseOutcome.get(n.path("issue").asText()),
            n.path("outcome").asDouble(), n.path("change").asDouble()));
      for (JsonNode n : o.path("utilities"))
        rows.add(java.util.Arrays.asList(run.id(), option, "utility", n.path("actor").asText(), baseUtility.get(n.path("actor").asText()),
            n.path("utility").asDouble(), n.path("change").asDouble()));
    }
    return new TableFile(table, with(cols), rows);
  }

  /** One row per record of {@code list}; the columns are the records' fields in order of first appearance, typed from their values. */
  private static TableFile inferred(String table, RunRecord run, JsonNode list) {
    Map<String, Type> types = new LinkedHashMap<>();
    for (JsonNode n : list) {
      if (!n.isObject()) continue;
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
        var f = it.next();
        Type t = f.getValue().isIntegralNumber() ? Type.LONG : f.getValue().isNumber() ? Type.DOUBLE : Type.TEXT;
        Type was = types.get(f.getKey());
        if (f.getValue().isNull()) types.putIfAbsent(f.getKey(), null);
        else if (was == null) types.put(f.getKey(), t);
        else if (was != t) types.put(f.getKey(), was == Type.TEXT || t == Type.TEXT ? Type.TEXT : Type.DOUBLE);
      }
    }
    List<Column> cols = new ArrayList<>();
    types.forEach((k, t) -> cols.add(c(k, t == null ? Type.TEXT : t)));
    return records(table, run, list.isArray() ? list : Json.MAPPER.createArrayNode(), cols, Map.of());
  }

  /** A Sobol run on shifted replicates: its rows with the two columns its CSV adds, {@code intervals,replicates}. */
  private static JsonNode withIntervals(JsonNode res) {
    var rows = Json.MAPPER.createArrayNode();
    for (JsonNode n : res.path("rows"))
      rows.add(((com.fasterxml.jackson.databind.node.ObjectNode) n.deepCopy()).put("intervals", res.path("intervals").asText())
          .put("replicates", res.path("replicates").asLong()));
    return rows;
  }

  private static JsonNode firstRecordList(JsonNode res) {
    for (JsonNode v : res) if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) return v;
    return Json.MAPPER.createArrayNode();
  }

  private static Object value(JsonNode v, Type type) {
    if (v == null || v.isNull() || v.isMissingNode()) return null;
    return switch (type) {
      case LONG -> v.isNumber() ? v.asLong() : null;
      case DOUBLE -> v.isNumber() ? v.asDouble() : null;
      case TEXT -> v.isValueNode() ? v.asText() : v.toString();
    };
  }

  private static List<Column> with(List<Column> cols) {
    List<Column> all = new ArrayList<>();
    all.add(RUN);
    all.addAll(cols);
    return all;
  }

  private static String names(List<Column> cols) {
    return String.join(",", cols.stream().map(Column::name).toList());
  }

  private static Object empty(String s) {
    return s.isEmpty() ? null : s;
  }

  private static JsonNode json(RunRecord r, String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("run " + r.id() + ": stored JSON that cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
