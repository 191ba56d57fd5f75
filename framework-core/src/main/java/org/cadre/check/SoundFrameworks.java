package org.cadre.check;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.model.Framework;

/**
 * The framework instances that {@link FrameworkChecker} has found free of errors. A {@link Framework} is
 * immutable, so an instance that was sound stays sound; remembering it lets a second caller (compiling a
 * framework the loader has just checked, or compiling it twice) skip the checks.
 *
 * <p>Instances are told apart by identity, not by {@code equals} (which would cost a walk over the whole
 * framework), and held weakly: remembering a framework never keeps it alive, and the entry of a framework
 * that has been collected is dropped on the next use. Only {@link FrameworkChecker} adds entries, and only
 * after running the checks, so nothing outside this package can mark a framework as sound. Thread-safe.
 */
final class SoundFrameworks {

    private static final ReferenceQueue<Framework> COLLECTED = new ReferenceQueue<>();
    /** Identity hash code to the weak references of the sound frameworks with that code. */
    private static final Map<Integer, List<Entry>> BY_IDENTITY = new HashMap<>();

    private SoundFrameworks() {
    }

    private static final class Entry extends WeakReference<Framework> {
        private final int identity;

        Entry(Framework framework) {
            super(framework, COLLECTED);
            this.identity = System.identityHashCode(framework);
        }
    }

    /** Remembers that the checks found no errors in this very instance. */
    static synchronized void add(Framework framework) {
        dropCollected();
        if (!find(framework)) {
            BY_IDENTITY.computeIfAbsent(System.identityHashCode(framework), key -> new ArrayList<>(1))
                    .add(new Entry(framework));
        }
    }

    /** Whether the checks have found no errors in this very instance. */
    static synchronized boolean contains(Framework framework) {
        dropCollected();
        return find(framework);
    }

    /** How many instances are remembered (for tests). */
    static synchronized int size() {
        dropCollected();
        return BY_IDENTITY.values().stream().mapToInt(List::size).sum();
    }

    private static boolean find(Framework framework) {
        List<Entry> entries = BY_IDENTITY.get(System.identityHashCode(framework));
        if (entries != null) {
            for (Entry entry : entries) {
                if (entry.get() == framework) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void dropCollected() {
        for (Reference<? extends Framework> gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
            Entry entry = (Entry) gone;
            List<Entry> entries = BY_IDENTITY.get(entry.identity);
            if (entries != null) {
                entries.remove(entry);
                if (entries.isEmpty()) {
                    BY_IDENTITY.remove(entry.identity);
                }
            }
        }
    }
}
