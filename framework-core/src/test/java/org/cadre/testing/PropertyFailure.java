package org.cadre.testing;

/**
 * A property that failed: which try, its seed, the value as generated and as shrunk, and how to replay it.
 * The message says all of this for a person; the accessors are for the harness's own tests. The cause is
 * the failure of the value as generated; when the shrunk value fails differently, its failure is attached
 * as a suppressed exception.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final long seed;
    private final int tryNumber;
    private final transient Object original;
    private final transient Object shrunk;
    private final int shrinkSteps;
    private final String replayCommand;

    PropertyFailure(String message, Throwable cause, String property, long seed, int tryNumber, Object original,
                    Object shrunk, int shrinkSteps, String replayCommand) {
        super(message, cause);
        this.property = property;
        this.seed = seed;
        this.tryNumber = tryNumber;
        this.original = original;
        this.shrunk = shrunk;
        this.shrinkSteps = shrinkSteps;
        this.replayCommand = replayCommand;
    }

    /** The property's name. */
    public String property() {
        return property;
    }

    /** The seed of the failing try: {@code -Dcadre.seed=<seed>} makes it the first try. */
    public long seed() {
        return seed;
    }

    /** Which try failed, counting from 1. */
    public int tryNumber() {
        return tryNumber;
    }

    /** The failing value as generated. */
    public Object originalValue() {
        return original;
    }

    /** The smallest failing value shrinking found (the original when it found none). */
    public Object shrunkValue() {
        return shrunk;
    }

    /** How many smaller values that still fail shrinking stepped through. */
    public int shrinkSteps() {
        return shrinkSteps;
    }

    /** The command line that replays the failing try. */
    public String replayCommand() {
        return replayCommand;
    }
}
