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
  private final boolean readOnly;
  private int merged;

  private RunStore(Path file, Connection conn, boolean readOnly) {
    this.file = file;
    this.conn = conn;
    this.readOnly = readOnly;
  }

  /**
   * Opens (creating if needed, with its directory) the store at {@code file} for writing, waiting
   * for another process's lock as {@link LockRetry#configured()} allows, and merges the runs
   * spooled next to it ({@link RunSpool}). A file that is not a DuckDB database, or a DuckDB
   * database that is not a run store, is refused and left untouched.
   */
  public static RunStore open(Path file) {
    return open(file, LockRetry.configured());
  }

  /** As {@link #open(Path)} with an explicit lock wait. */
  public static RunStore open(Path file, LockRetry retry) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create the directory of run store " + file + ": " + e.getMessage()
          + "; choose another place with --store FILE", e);
    }
    RunStore s = new RunStore(file, connect(file, retry, false), false);
    try {
      s.migrate();
      s.merged = s.mergeSpool();
      return s;
    } catch (SQLException e) {
      s.closeQuietly();
      throw new StoreException("cannot open run store " + file + ": " + firstLine(String.valueOf(e.getMessage()))
          + " (is it a DuckDB file written by peninsula? Move it away or choose another file with --store)", e);
    } catch (RuntimeException e) {
      s.closeQuietly();
      throw e;
    }
  }

  /**
   * Opens the store for reading only: many readers may share the file, and {@link #list()} and
   * {@link #get} also show runs still waiting in the spool. A store that does not exist yet is
   * created (so it reads as empty). While a writer holds the lock this waits as {@link
   * LockRetry#configured()} allows, then reads a snapshot copy of the file rather than fail.
   */
  public static RunStore openReadOnly(Path file) {
    return openReadOnly(file, LockRetry.configured());
  }

  /** As {@link #openReadOnly(Path)} with an explicit lock wait. */
  public static RunStore openReadOnly(Path file, LockRetry retry) {
    if (!Files.exists(file)) return open(file, retry);
    Connection c;
    try {
      c = connect(file, retry, true);
    } catch (StoreLockedException locked) {
      c = snapshot(file, locked);
    }
    RunStore s = new RunStore(file, c, true);
    try {
      s.checkSchema();
      return s;
    } catch (SQLException e) {
      s.closeQuietly();
      throw new StoreException("cannot open run store " + file + ": " + firstLine(String.valueOf(e.getMessage()))
          + " (is it a DuckDB file written by peninsula? Move it away or choose another file with --store)", e);
    } catch (RuntimeException e) {
      s.closeQuietly();
      throw e;
    }
  }

  private static Connection connect(Path file, LockRetry retry, boolean readOnly) {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      java.util.Properties p = new java.util.Properties();
      if (readOnly) p.setProperty("duckdb.read_only", "true");
      return retry.run(() -> DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p));
    } catch (LockRetry.StillLocked e) {
      throw new StoreLockedException("run store " + file + " is still locked by another process after waiting "
          + retry.budget().toMillis() / 1000.0 + " s (" + firstLine(String.valueOf(e.getMessage()))
          + "); set PENINSULA_STORE_WAIT=SECONDS to wait longer, or use --store OTHER_FILE", e);
    } catch (SQLException | ClassNotFoundException e) {
      String msg = e.getMessage() == null ? "" : e.getMessage();
      throw new StoreException("cannot open run store " + file + ": " + firstLine(msg)
          + " (is it a DuckDB file written by peninsula? It was left untouched: move it away or choose another file with --store)", e);
    }
  }

  /** A read-only connection to a copy of the locked file (and its write-ahead log). */
  private static Connection snapshot(Path file, StoreLockedException locked) {
    try {
      Path dir = Files.createTempDirectory("peninsula-store-snapshot");
      Path copy = dir.resolve(file.getFileName());
      Files.copy(file, copy);
      Path wal = file.resolveSibling(file.getFileName() + ".wal");
      if (Files.exists(wal)) Files.copy(wal, dir.resolve(copy.getFileName() + ".wal"));
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy.toAbsolutePath());
      copy.toFile().deleteOnExit();
      dir.resolve(copy.getFileName() + ".wal").toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return c;
    } catch (java.io.IOException | SQLException e) {
      locked.addSuppressed(e);
      throw locked;
    }
  }

  /** How many spooled runs this open merged into the store (0 for read-only opens). */
  public int mergedFromSpool() {
    return merged;
  }

  private int mergeSpool() throws SQLException {
    int n = 0;
    for (RunSpool.Pending p : RunSpool.of(file).pending()) {
      StoredRun r = p.run();
      if (insertIfAbsent(r)) {
        n++;
      } else {
        StoredRun there = query("SELECT * FROM runs WHERE id = ?", r.id()).get(0);
        // the same run merged before (a merger died before deleting the file), or another run that
        // drew the same id: only the latter is stored, under a fresh id
        if (!sameRun(there, r)) {
          recordAs(r, newId(r.started()));
          n++;
        }
      }
      try {
        Files.deleteIfExists(p.file());
      } catch (java.io.IOException e) {
        // merged already; the next open skips it as its id is present and tries the delete again
      }
    }
    return n;
  }

  /** Inserts the run under its own id unless that id is stored already; true if inserted. */
  boolean insertIfAbsent(StoredRun r) throws SQLException {
    conn.setAutoCommit(false);
    try {
      if (exists(r.id())) {
        conn.rollback();
        return false;
      }
      insert(r);
      conn.commit();
      return true;
    } catch (SQLException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  static boolean sameRun(StoredRun a, StoredRun b) {
    return a.command().equals(b.command()) && a.model().equals(b.model()) && a.scenarioSha256().equals(b.scenarioSha256())
        && a.seed() == b.seed() && micros(a.started()) == micros(b.started()) && micros(a.ended()) == micros(b.ended());
  }

  private static long micros(Instant t) {
    return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
  }

  private boolean exists(String id) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM runs WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void closeQuietly() {
    try {
      conn.close();
    } catch (SQLException ignored) {
      // already reporting the failure that brought us here
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The tables of the main schema; a store has schema_version and runs, a new file none. */
  private java.util.Set<String> tables() throws SQLException {
    java.util.Set<String> names = new java.util.TreeSet<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
            + " WHERE table_catalog = current_database() AND table_schema = 'main'")) {
      while (rs.next()) names.add(rs.getString(1));
    }
    return names;
  }

  /** Refuses a DuckDB database of another program, or of a newer peninsula, without changing it. */
  private void checkSchema() throws SQLException {
    java.util.Set<String> names = tables();
    if (names.isEmpty()) return;
    if (!names.contains("schema_version")) throw foreign(names);
    {
      try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
        rs.next();
        int v = rs.getInt(1);
        if (!rs.wasNull() && v > SCHEMA_VERSION)
          throw new StoreException("run store " + file + " has schema version " + v + ", newer than this peninsula understands ("
              + SCHEMA_VERSION + "); use a newer peninsula or another file with --store", null);
      }
    }
  }

  private StoreException foreign(java.util.Set<String> names) {
    return new StoreException("run store " + file + " is a DuckDB database but not a peninsula run store (it holds tables "
        + String.join(", ", names) + "); it was left untouched: choose another file with --store", null);
  }

  private void migrate() throws SQLException {
    checkSchema();
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
        }
      }
    }
  }

  public Path file() {
    return file;
  }

  /** A new run id: the start time (UTC, to the second) and four random hex digits. */
  public static String newId(Instant started) {
    return ID_TIME.format(started) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }

  /** Stores the run in one transaction and returns the id it was given. */
  public String record(StoredRun run) {
    return recordAs(run, newId(run.started()));
  }

  /** Stores the run under {@code id}, or under a fresh id if that one is taken; returns the id used. */
  String recordAs(StoredRun run, String id) {
    if (readOnly) throw new IllegalStateException("run store " + file + " was opened read-only");
    try {
      conn.setAutoCommit(false);
      String free = id;
      for (int k = 0; exists(free); k++) {
        if (k > 100) throw new SQLException("no free run id near " + id);
        free = newId(run.started());
      }
      insert(run.withId(free));
      conn.commit();
      return free;
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

  private void insert(StoredRun r) throws SQLException {
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
  }

  /** All runs, oldest first. */
  public List<StoredRun> list() {
    if (readOnly && !hasRuns()) return withSpooled(new ArrayList<>());
    return withSpooled(query("SELECT * FROM runs ORDER BY started, id", null));
  }

  /** The run with this id, stored or (read-only opens) still spooled. */
  public Optional<StoredRun> get(String id) {
    if (readOnly && !hasRuns()) return withSpooled(new ArrayList<>()).stream().filter(r -> r.id().equals(id)).findFirst();
    Optional<StoredRun> stored = query("SELECT * FROM runs WHERE id = ?", id).stream().findFirst();
    if (stored.isPresent() || !readOnly) return stored;
    return RunSpool.of(file).pending().stream().map(RunSpool.Pending::run).filter(r -> r.id().equals(id)).findFirst();
  }

  private boolean hasRuns() {
    try {
      return tables().contains("runs");
    } catch (SQLException e) {
      throw new StoreException("cannot read run store " + file + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  /** Read-only opens also list the runs waiting in the spool (a writer merges them later). */
  private List<StoredRun> withSpooled(List<StoredRun> stored) {
    if (!readOnly) return stored;
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (StoredRun r : stored) ids.add(r.id());
    boolean added = false;
    for (RunSpool.Pending p : RunSpool.of(file).pending()) {
      if (ids.add(p.run().id())) {
        stored.add(p.run());
        added = true;
      }
    }
    if (added) stored.sort(java.util.Comparator.comparing(StoredRun::started).thenComparing(StoredRun::id));
    return stored;
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
