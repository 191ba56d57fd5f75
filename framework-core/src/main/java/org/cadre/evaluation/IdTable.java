package org.cadre.evaluation;

import java.util.List;

/**
 * An immutable map from ids to their numbers {@code 0..n-1}, for the look-ups done per rating while a
 * {@link PersonState} is built: open addressing over a power-of-two array, probed linearly, with each key's
 * {@link String#hashCode()} (which a {@code String} caches) kept beside it, so that a look-up costs one
 * hash, usually one slot, and no boxing. The first occurrence of a repeated id keeps its number, as
 * {@code putIfAbsent} would. Safe to share between threads once built.
 */
final class IdTable {

    /** The table of no ids. */
    static final IdTable EMPTY = new IdTable(List.of());

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private final int size;

    /** Numbers each distinct id of {@code ids} by its first position among the distinct ids. */
    IdTable(List<String> ids) {
        int capacity = 2;
        while (capacity < ids.size() * 2) {
            capacity <<= 1;
        }
        this.keys = new String[capacity];
        this.hashes = new int[capacity];
        this.values = new int[capacity];
        this.mask = capacity - 1;
        int count = 0;
        for (String id : ids) {
            int hash = id.hashCode();
            int slot = spread(hash) & mask;
            boolean present = false;
            while (keys[slot] != null) {
                if (hashes[slot] == hash && keys[slot].equals(id)) {
                    present = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (!present) {
                keys[slot] = id;
                hashes[slot] = hash;
                values[slot] = count++;
            }
        }
        this.size = count;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The number of {@code id}, or -1 when the table does not have it. */
    int get(String id) {
        int hash = id.hashCode();
        int slot = spread(hash) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (key == id || (hashes[slot] == hash && key.equals(id))) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The number of distinct ids. */
    int size() {
        return size;
    }
}
