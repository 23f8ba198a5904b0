package io.peninsula.engine.equilibrium;

/** What complementary pivoting needs from a tableau: exact ({@link IntegerTableau}) or floating ({@link DoubleTableau}). */
interface PivotingTableau {
  boolean isBasic(int var);

  int rows();

  int basicVariable(int row);

  /** The row chosen by the lexicographic minimum-ratio test for entering column c, or −1 for none (a ray). */
  int ratioRow(int c);

  /** Pivots column c into the basis at row r; returns the variable that left. */
  int pivot(int r, int c);

  PivotingTableau copy();
}
