package io.peninsula.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tidy table (named, typed columns; one row per observation; nulls allowed) written as Apache
 * Parquet through an in-memory DuckDB database, or as RFC 4180 CSV, and read back from Parquet.
 * {@code runs export} writes one per table kind.
 */
public record TableFile(String name, List<Column> columns, List<List<Object>> rows) {
  /** A column: its name and type. */
  public record Column(String name, Type type) {}

  /** Column types: text, whole numbers, floating-point numbers. */
  public enum Type { TEXT, LONG, DOUBLE }

  public TableFile {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) throw new IllegalArgumentException("row of " + r.size() + " values for " + columns.size() + " columns");
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = java.util.Collections.unmodifiableList(copy);
  }

  /** Writes the table to {@code file} as Parquet (replaced if it exists). */
  public void writeParquet(Path file) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      StringBuilder ddl = new StringBuilder("CREATE TABLE t (");
      for (int i = 0; i < columns.size(); i++)
        ddl.append(i == 0 ? "" : ", ").append('"').append(columns.get(i).name().replace("\"", "\"\"")).append("\" ").append(switch (columns.get(i).type()) {
          case TEXT -> "VARCHAR";
          case LONG -> "BIGINT";
          case DOUBLE -> "DOUBLE";
        });
      st.execute(ddl.append(')').toString());
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")")) {
        for (List<Object> r : rows) {
          for (int i = 0; i < r.size(); i++) {
            Object v = r.get(i);
            switch (columns.get(i).type()) {
              case TEXT -> { if (v == null) ps.setNull(i + 1, Types.VARCHAR); else ps.setString(i + 1, v.toString()); }
              case LONG -> { if (v == null) ps.setNull(i + 1, Types.BIGINT); else ps.setLong(i + 1, ((Number) v).longValue()); }
              case DOUBLE -> { if (v == null) ps.setNull(i + 1, Types.DOUBLE); else ps.setDouble(i + 1, ((Number) v).doubleValue()); }
            }
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

  /** Writes the table to {@code file} as CSV with a header line (LF line ends; an empty cell is null). */
  public void writeCsv(Path file) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) b.append(i == 0 ? "" : ",").append(cell(columns.get(i).name()));
    b.append('\n');
    for (List<Object> r : rows) {
      for (int i = 0; i < r.size(); i++) b.append(i == 0 ? "" : ",").append(r.get(i) == null ? "" : cell(r.get(i).toString()));
      b.append('\n');
    }
    try {
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String cell(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** Reads a Parquet file back: column names and types as DuckDB reports them, rows as Java values (null for NULL). */
  public static TableFile readParquet(String name, Path file) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT * FROM read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "')")) {
      var md = rs.getMetaData();
      List<Column> cols = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        String t = md.getColumnTypeName(i);
        cols.add(new Column(md.getColumnName(i), t.equals("BIGINT") ? Type.LONG : t.equals("DOUBLE") ? Type.DOUBLE : Type.TEXT));
      }
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> r = new ArrayList<>();
        for (int i = 1; i <= cols.size(); i++) {
          Object v = switch (cols.get(i - 1).type()) {
            case LONG -> rs.getLong(i);
            case DOUBLE -> rs.getDouble(i);
            case TEXT -> rs.getString(i);
          };
          r.add(rs.wasNull() ? null : v);
        }
        rows.add(r);
      }
      return new TableFile(name, cols, rows);
    } catch (SQLException e) {
      throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
