package io.peninsula.engine.equilibrium;

/**
 * A hash map from fixed-width bit sets (a basis or a label set, {@code width} longs each) to
 * non-negative ints, stored flat in primitive arrays (open addressing, linear probing, load at most
 * 1/2), so that a table of hundreds of thousands of vertices' label sets costs no object per key.
 * Not thread-safe.
 */
final class WordKeyTable {
  private final int width;
  private long[] keys;
  private int[] values; // -1 marks an empty slot
  private int mask;
  private int size;

  WordKeyTable(int width) {
    this.width = width;
    allocate(1 << 10);
  }

  int size() {
    return size;
  }

  /** The value stored for the key at key[offset .. offset + width), or -1. */
  int get(long[] key, int offset) {
    for (int slot = hash(key, offset) & mask; ; slot = (slot + 1) & mask) {
      if (values[slot] < 0) return -1;
      if (equalAt(slot, key, offset)) return values[slot];
    }
  }

  /** Stores value (≥ 0) unless the key is present; returns the value already stored, or -1 if it inserted. */
  int putIfAbsent(long[] key, int offset, int value) {
    if (value < 0) throw new IllegalArgumentException("negative value " + value);
    int slot = hash(key, offset) & mask;
    for (; values[slot] >= 0; slot = (slot + 1) & mask)
      if (equalAt(slot, key, offset)) return values[slot];
    System.arraycopy(key, offset, keys, slot * width, width);
    values[slot] = value;
    if (++size * 2 > values.length) grow();
    return -1;
  }

  private boolean equalAt(int slot, long[] key, int offset) {
    int base = slot * width;
    for (int w = 0; w < width; w++) if (keys[base + w] != key[offset + w]) return false;
    return true;
  }

  private int hash(long[] key, int offset) {
    long h = 0;
    for (int w = 0; w < width; w++) h = (h ^ key[offset + w]) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 32; // fmix64 of MurmurHash3: spreads the basis bits over the slot index
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 29;
    return (int) h;
  }

  private void allocate(int capacity) {
    keys = new long[capacity * width];
    values = new int[capacity];
    java.util.Arrays.fill(values, -1);
    mask = capacity - 1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    if (oldValues.length >= 1 << 29) throw new IllegalStateException("more than 2^28 keys");
    allocate(oldValues.length * 2);
    for (int s = 0; s < oldValues.length; s++) {
      if (oldValues[s] < 0) continue;
      int slot = hash(oldKeys, s * width) & mask;
      while (values[slot] >= 0) slot = (slot + 1) & mask;
      System.arraycopy(oldKeys, s * width, keys, slot * width, width);
      values[slot] = oldValues[s];
    }
  }
}
