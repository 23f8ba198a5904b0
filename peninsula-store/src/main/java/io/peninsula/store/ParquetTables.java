package io.peninsula.store;

import io.peninsula.engine.sweep.SweepTable;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes and reads a {@link SweepTable} as an Apache Parquet file: the sweep's columns become a
 * {@link TableFile}'s (STRING as TEXT, LONG, DOUBLE, in table order), written and read by it.
 */
public final class ParquetTables {
  private ParquetTables() {}

  /** Writes {@code table} to {@code file} (replaced if it exists). */
  public static void write(SweepTable table, Path file) {
    List<TableFile.Column> columns = table.columns().stream().map(c -> new TableFile.Column(c.name(), switch (c.type()) {
      case STRING -> TableFile.Type.TEXT;
      case LONG -> TableFile.Type.LONG;
      case DOUBLE -> TableFile.Type.DOUBLE;
    })).toList();
    new TableFile(String.valueOf(file.getFileName()), columns, table.rows()).writeParquet(file);
  }

  /** Reads a file written by {@link #write} back, with the given columns. */
  public static SweepTable read(Path file, List<SweepTable.Column> columns) {
    return new SweepTable(columns, TableFile.readParquet(String.valueOf(file.getFileName()), file).rows());
  }
}
