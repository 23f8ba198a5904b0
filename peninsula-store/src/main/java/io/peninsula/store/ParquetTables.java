package io.peninsula.store;

import io.peninsula.engine.sweep.SweepTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes and reads a {@link SweepTable} as an Apache Parquet file through an in-memory DuckDB
 * database ({@code COPY ... (FORMAT parquet)}): VARCHAR, BIGINT and DOUBLE columns in table order.
 */
public final class ParquetTables {
  private ParquetTables() {}

  /** Writes {@code table} to {@code file} (replaced if it exists). */
  public static void write(SweepTable table, Path file) {
    List<SweepTable.Column> cols = table.columns();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      StringBuilder ddl = new StringBuilder("CREATE TABLE t (");
      for (int i = 0; i < cols.size(); i++)
        ddl.append(i == 0 ? "" : ", ").append('"').append(cols.get(i).name()).append("\" ").append(switch (cols.get(i).type()) {
          case STRING -> "VARCHAR";
          case LONG -> "BIGINT";
          case DOUBLE -> "DOUBLE";
        });
      st.execute(ddl.append(')').toString());
      String marks = String.join(", ", java.util.Collections.nCopies(cols.size(), "?"));
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (" + marks + ")")) {
        for (List<Object> r : table.rows()) {
          for (int i = 0; i < r.size(); i++) {
            Object v = r.get(i);
            if (v instanceof Double d) ps.setDouble(i + 1, d);
            else if (v instanceof Long l) ps.setLong(i + 1, l);
            else ps.setString(i + 1, (String) v);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      st.execute("COPY t TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
    } catch (SQLException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a file written by {@link #write} back, with the given columns. */
  public static SweepTable read(Path file, List<SweepTable.Column> columns) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT * FROM read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
      List<List<Object>> rows = new java.util.ArrayList<>();
      while (rs.next()) {
        List<Object> r = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++)
          r.add(switch (columns.get(i).type()) {
            case STRING -> rs.getString(i + 1);
            case LONG -> rs.getLong(i + 1);
            case DOUBLE -> rs.getDouble(i + 1);
          });
        rows.add(r);
      }
      return new SweepTable(columns, rows);
    } catch (SQLException e) {
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
