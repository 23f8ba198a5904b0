package io.peninsula.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The run store: an embedded DuckDB database file holding every stored run with its provenance.
 *
 * <p>Each run is written in one transaction (insert + commit), so a process killed midway leaves
 * the file readable and holding only whole runs (DuckDB's write-ahead log is replayed or discarded
 * on the next open). DuckDB admits one writing process per file: the CLI opens the store, writes a
 * run and closes it, so concurrent commands only contend for the moment of the write; a locked
 * file gives a {@link StoreException} naming it.
 */
public final class RunStore implements AutoCloseable {
  static final int SCHEMA_VERSION = 1;
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path file;
  private final Connection conn;

  private RunStore(Path file, Connection conn) {
    this.file = file;
    this.conn = conn;
  }

  /** Opens (creating if needed, with its directory) the store at {@code file}. */
  public static RunStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the directory of run store " + file + ": " + e.getMessage()
          + "; choose another place with --store FILE", e);
    }
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      RunStore s = new RunStore(file, c);
      s.migrate();
      return s;
    } catch (SQLException | ClassNotFoundException e) {
      String msg = e.getMessage() == null ? "" : e.getMessage();
      String hint = msg.contains("lock") ? "another peninsula process is writing to it; wait for it or use --store OTHER_FILE"
          : "is it a DuckDB file written by peninsula? Move it away or choose another file with --store";
      throw new StoreException("cannot open run store " + file + ": " + firstLine(msg) + " (" + hint + ")", e);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private void migrate() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
        rs.next();
        int v = rs.getInt(1);
        if (rs.wasNull()) {
          conn.setAutoCommit(false);
          st.execute("CREATE TABLE runs (id VARCHAR PRIMARY KEY, command VARCHAR NOT NULL, args JSON NOT NULL,"
              + " model VARCHAR NOT NULL, config JSON NOT NULL, scenario_id VARCHAR NOT NULL, scenario_origin VARCHAR NOT NULL,"
              + " scenario_format VARCHAR NOT NULL, scenario_sha256 VARCHAR NOT NULL, scenario_text VARCHAR NOT NULL,"
              + " seed BIGINT NOT NULL, app_version VARCHAR NOT NULL, java_version VARCHAR NOT NULL,"
              + " started TIMESTAMP NOT NULL, ended TIMESTAMP NOT NULL, executor VARCHAR NOT NULL, result JSON NOT NULL)");
          st.execute("INSERT INTO schema_version VALUES (" + SCHEMA_VERSION + ")");
          conn.commit();
          conn.setAutoCommit(true);
        } else if (v > SCHEMA_VERSION) {
          throw new SQLException("store schema version " + v + " is newer than this peninsula understands (" + SCHEMA_VERSION + ")");
        }
      }
    }
  }

  public Path file() {
    return file;
  }

  /** Stores the run in one transaction and returns the id it was given. */
  public String record(StoredRun run) {
    String id = ID_TIME.format(run.started()) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    StoredRun r = run.withId(id);
    try {
      conn.setAutoCommit(false);
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO runs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        int k = 1;
        ps.setString(k++, r.id());
        ps.setString(k++, r.command());
        ps.setString(k++, r.argsJson());
        ps.setString(k++, r.model());
        ps.setString(k++, r.configJson());
        ps.setString(k++, r.scenarioId());
        ps.setString(k++, r.scenarioOrigin());
        ps.setString(k++, r.scenarioFormat());
        ps.setString(k++, r.scenarioSha256());
        ps.setString(k++, r.scenarioText());
        ps.setLong(k++, r.seed());
        ps.setString(k++, r.appVersion());
        ps.setString(k++, r.javaVersion());
        ps.setObject(k++, java.time.LocalDateTime.ofInstant(r.started(), ZoneOffset.UTC));
        ps.setObject(k++, java.time.LocalDateTime.ofInstant(r.ended(), ZoneOffset.UTC));
        ps.setString(k++, r.executor());
        ps.setString(k, r.resultJson());
        ps.executeUpdate();
      }
      conn.commit();
      return id;
    } catch (SQLException e) {
      try {
        conn.rollback();
      } catch (SQLException ignored) {
        e.addSuppressed(ignored);
      }
      throw new StoreException("cannot write run to " + file + ": " + firstLine(String.valueOf(e.getMessage())), e);
    } finally {
      try {
        conn.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is closed or broken; the next call reports it
      }
    }
  }

  /** All runs, oldest first. */
  public List<StoredRun> list() {
    return query("SELECT * FROM runs ORDER BY started, id", null);
  }

  public Optional<StoredRun> get(String id) {
    return query("SELECT * FROM runs WHERE id = ?", id).stream().findFirst();
  }

  /** Writes the run's row to a Parquet file (DuckDB's COPY ... TO ... (FORMAT PARQUET)). */
  public void exportParquet(String id, Path parquet) {
    if (get(id).isEmpty()) throw new IllegalArgumentException("no run " + id + " in " + file);
    String target = parquet.toAbsolutePath().toString().replace("'", "''");
    try (PreparedStatement ps = conn.prepareStatement(
        "COPY (SELECT * FROM runs WHERE id = ?) TO '" + target + "' (FORMAT PARQUET)")) {
      ps.setString(1, id);
      ps.execute();
    } catch (SQLException e) {
      throw new StoreException("cannot export run " + id + " to " + parquet + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  private List<StoredRun> query(String sql, String param) {
    List<StoredRun> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      if (param != null) ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(row(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read run store " + file + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }
    return out;
  }

  private static StoredRun row(ResultSet rs) throws SQLException {
    return new StoredRun(rs.getString("id"), rs.getString("command"), rs.getString("args"), rs.getString("model"),
        rs.getString("config"), rs.getString("scenario_id"), rs.getString("scenario_origin"), rs.getString("scenario_format"),
        rs.getString("scenario_sha256"), rs.getString("scenario_text"), rs.getLong("seed"), rs.getString("app_version"),
        rs.getString("java_version"), instant(rs, "started"), instant(rs, "ended"),
        rs.getString("executor"), rs.getString("result"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC);
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close run store " + file + ": " + e.getMessage(), e);
    }
  }
}
