package org.cadre.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * The person ids a JSON Lines cohort has shown so far, each with the line it was first seen on, kept compactly
 * so that a stream of millions of people does not hold a {@code String} and a boxed line number per person.
 *
 * <p>Each id is remembered as a 32-bit fingerprint in an open-addressing table of {@code long}s (the fingerprint
 * and the index of the id's entry packed in one slot, 8 bytes, at most three quarters full) and, for the exact
 * comparison, its UTF-8 bytes with its line number in an append-only arena of byte chunks. A fingerprint
 * decides only where to look: a match is confirmed by comparing the bytes, so two different ids are never
 * taken for one, whatever their fingerprints. Entries in the arena are found through a checkpoint every
 * {@value #STRIDE} entries and a short walk from it, which is only needed when fingerprints match.
 *
 * <p>The fingerprint mixes in a seed chosen per instance, so ids crafted to collide cannot slow the table
 * down on purpose. {@link #none()} remembers nothing (for a host that knows its ids are unique). Not
 * thread-safe.
 */
class SeenIds {

    /** Entries between two checkpoints into the arena. */
    static final int STRIDE = 32;

    private static final int CHUNK = 64 * 1024;
    private static final int FIRST_CAPACITY = 1024;

    private static final SeenIds NONE = new SeenIds(id -> 0) {
        @Override
        int firstLine(String id, int line) {
            return 0;
        }
    };

    private final ToIntFunction<String> fingerprint;
    /** Empty slot: 0; otherwise the fingerprint in the high 32 bits and the entry index plus one in the low. */
    private long[] slots = new long[0];
    private int size;
    private final List<byte[]> chunks = new ArrayList<>();
    /** How many bytes of each chunk are used (parallel to {@link #chunks}). */
    private int[] used = new int[0];
    /** Where entry {@code k * STRIDE} starts: the chunk index in the high 32 bits and the offset in the low. */
    private long[] checkpoints = new long[0];

    private SeenIds(ToIntFunction<String> fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** A table that remembers every id, with a seeded fingerprint. */
    static SeenIds create() {
        long seed = new SplittableRandom().nextLong();
        return new SeenIds(id -> seeded(seed, id));
    }

    /** The table for a stream: {@link #create()} when duplicates are looked for, else {@link #none()}. */
    static SeenIds forCheck(boolean duplicateCheck) {
        return duplicateCheck ? create() : none();
    }

    /** A table that remembers nothing and never reports a duplicate. */
    static SeenIds none() {
        return NONE;
    }

    /**
     * A table with another fingerprint, for tests: a fingerprint of few bits makes different ids share one,
     * which the exact comparison must tell apart.
     */
    static SeenIds withFingerprint(ToIntFunction<String> fingerprint) {
        return new SeenIds(fingerprint);
    }

    /**
     * Remembers {@code id} as seen on {@code line} unless it was seen before.
     *
     * @return the line the id was first seen on, or 0 if this is its first time (lines count from 1)
     */
    int firstLine(String id, int line) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int print = fingerprint.applyAsInt(id);
        if (slots.length == 0 || (size + 1) * 4L > slots.length * 3L) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = spread(print) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = pack(print, size);
                append(bytes, line);
                size++;
                return 0;
            }
            if ((int) (slot >>> 32) == print) {
                int earlier = sameId((int) slot - 1, bytes);
                if (earlier > 0) {
                    return earlier;
                }
            }
        }
    }

    /** How many distinct ids are remembered. */
    int size() {
        return size;
    }

    /** The bytes held in arrays by this table (slots, arena and checkpoints), without object headers. */
    long retainedBytes() {
        long bytes = slots.length * 8L + used.length * 4L + checkpoints.length * 8L;
        for (byte[] chunk : chunks) {
            bytes += chunk.length;
        }
        return bytes;
    }

    private static long pack(int print, int entry) {
        return ((long) print << 32) | ((entry + 1L) & 0xFFFF_FFFFL);
    }

    private static int spread(int print) {
        int h = print * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int seeded(long seed, String id) {
        long h = seed ^ id.length();
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x9E37_79B9_7F4A_7C15L;
            h ^= h >>> 29;
        }
        h ^= h >>> 32;
        h *= 0xBF58_476D_1CE4_E5B9L;
        h ^= h >>> 31;
        return (int) h;
    }

    private void grow() {
        long[] old = slots;
        long[] grown = new long[old.length == 0 ? FIRST_CAPACITY : Math.multiplyExact(old.length, 2)];
        int mask = grown.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = spread((int) (slot >>> 32)) & mask;
                while (grown[i] != 0) {
                    i = (i + 1) & mask;
                }
                grown[i] = slot;
            }
        }
        slots = grown;
    }

    private void append(byte[] id, int line) {
        int need = varintLength(line) + varintLength(id.length) + id.length;
        int last = chunks.size() - 1;
        if (last < 0 || used[last] + need > chunks.get(last).length) {
            chunks.add(new byte[Math.max(CHUNK, need)]);
            last++;
            if (last == used.length) {
                used = Arrays.copyOf(used, Math.max(16, used.length * 2));
            }
        }
        if (size % STRIDE == 0) {
            int k = size / STRIDE;
            if (k == checkpoints.length) {
                checkpoints = Arrays.copyOf(checkpoints, Math.max(16, checkpoints.length * 2));
            }
            checkpoints[k] = ((long) last << 32) | used[last];
        }
        byte[] chunk = chunks.get(last);
        int at = putVarint(chunk, used[last], line);
        at = putVarint(chunk, at, id.length);
        System.arraycopy(id, 0, chunk, at, id.length);
        used[last] = at + id.length;
    }

    /** The line of entry {@code entry} if its id has exactly these bytes, else 0. */
    private int sameId(int entry, byte[] id) {
        long checkpoint = checkpoints[entry / STRIDE];
        int chunkIndex = (int) (checkpoint >>> 32);
        int at = (int) checkpoint;
        long[] read = new long[1];
        for (int k = entry - entry % STRIDE; ; k++) {
            if (at == used[chunkIndex]) {
                chunkIndex++;
                at = 0;
            }
            byte[] chunk = chunks.get(chunkIndex);
            at = getVarint(chunk, at, read);
            int line = (int) read[0];
            at = getVarint(chunk, at, read);
            int length = (int) read[0];
            if (k == entry) {
                return length == id.length && Arrays.equals(chunk, at, at + length, id, 0, length) ? line : 0;
            }
            at += length;
        }
    }

    private static int varintLength(int value) {
        int length = 1;
        for (int v = value >>> 7; v != 0; v >>>= 7) {
            length++;
        }
        return length;
    }

    private static int putVarint(byte[] into, int at, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            into[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        into[at++] = (byte) v;
        return at;
    }

    private static int getVarint(byte[] from, int at, long[] value) {
        int result = 0;
        int shift = 0;
        int i = at;
        while (true) {
            byte b = from[i++];
            result |= (b & 0x7F) << shift;
            if (b >= 0) {
                value[0] = result;
                return i;
            }
            shift += 7;
        }
    }
}
