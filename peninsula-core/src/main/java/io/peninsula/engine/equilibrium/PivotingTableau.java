package io.peninsula.engine.equilibrium;

import java.util.Arrays;

/**
 * What complementary pivoting needs from a tableau, exact ({@link IntegerTableau}) or floating
 * ({@link DoubleTableau}), and the basis bookkeeping both share: the basic variable of each row,
 * the row of each basic variable, the columns of the initial identity used to break ties in the
 * lexicographic ratio test, and the index of the right-hand-side column. Subclasses hold the
 * entries and do the arithmetic.
 *
 * <p>Mutable per-run state, confined to one call.
 */
abstract sealed class PivotingTableau permits IntegerTableau, DoubleTableau {
  /** The basic variable of each row. */
  private final int[] basic;
  /** The row of each basic variable, −1 for a non-basic one. */
  final int[] rowOf;
  /** The columns of the initial identity, in the order used to break ties. */
  final int[] lexColumns;
  /** The right-hand-side column (the last); the variables are columns 0..rhs−1. */
  final int rhs;

  /**
   * @param columns variables + 1 (the right-hand side)
   * @param basic the basic variable of each row (its column must be the unit vector of that row)
   * @param lexColumns the columns of the initial identity, in the order used to break ties
   */
  PivotingTableau(int columns, int[] basic, int[] lexColumns) {
    this.basic = basic.clone();
    this.rhs = columns - 1;
    this.rowOf = new int[rhs];
    Arrays.fill(rowOf, -1);
    for (int r = 0; r < basic.length; r++) rowOf[basic[r]] = r;
    this.lexColumns = lexColumns.clone();
  }

  /** A copy of o's basis (lexColumns is never modified, so it is shared). */
  PivotingTableau(PivotingTableau o) {
    this.basic = o.basic.clone();
    this.rowOf = o.rowOf.clone();
    this.lexColumns = o.lexColumns;
    this.rhs = o.rhs;
  }

  final boolean isBasic(int var) {
    return rowOf[var] >= 0;
  }

  final int rows() {
    return basic.length;
  }

  final int basicVariable(int row) {
    return basic[row];
  }

  /** Records that variable c entered the basis at row r, after the subclass pivoted its entries; returns the variable that left. */
  final int exchange(int r, int c) {
    int left = basic[r];
    rowOf[left] = -1;
    basic[r] = c;
    rowOf[c] = r;
    return left;
  }

  /** The row chosen by the lexicographic minimum-ratio test for entering column c, or −1 for none (a ray). */
  abstract int ratioRow(int c);

  /** Pivots column c into the basis at row r; returns the variable that left. */
  abstract int pivot(int r, int c);

  abstract PivotingTableau copy();
}
