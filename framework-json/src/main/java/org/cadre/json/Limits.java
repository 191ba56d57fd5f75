package org.cadre.json;

import java.util.Locale;
import java.util.Objects;
import org.cadre.check.RuleChecker;

/**
 * The limits the loader enforces before it trusts a document, so that hostile or broken input is refused
 * with a clear issue instead of exhausting memory or time. Immutable; each {@code with…} method returns a
 * new instance (or this one when nothing changes).
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().withMaxDocumentBytes(1_000_000).withMaxDepth(32);
 * DocumentLoader loader = DocumentLoader.create(limits);
 * }</pre>
 *
 * <p>{@code docs/limits.md} lists every limit, its default and what a user sees when it is hit.
 */
public final class Limits {

    /** Default {@link #maxDocumentBytes()}: 16 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
    /** Default {@link #maxDepth()}: 64 nested arrays and objects. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** Default {@link #maxStringLength()}: 100,000 characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /** Default {@link #maxNumberLength()}: 100 characters. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default {@link #maxArrayLength()}: 100,000 elements. */
    public static final int DEFAULT_MAX_ARRAY_LENGTH = 100_000;
    /** Default {@link #maxIssues()}: 1,000 issues per document. */
    public static final int DEFAULT_MAX_ISSUES = 1_000;
    /**
     * Default {@link #maxRuleCost()}: {@link RuleChecker#MAX_COST} (1,000,000), which is also the most it may
     * be.
     */
    public static final long DEFAULT_MAX_RULE_COST = RuleChecker.MAX_COST;
    /** The most {@link #cohortThreads()} may be: 1,024 threads. */
    public static final int MAX_COHORT_THREADS = 1024;

    private static final Limits DEFAULTS = new Limits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_ARRAY_LENGTH, DEFAULT_MAX_ISSUES,
            DEFAULT_MAX_RULE_COST, true, Math.min(MAX_COHORT_THREADS, Runtime.getRuntime().availableProcessors()));

    private final long maxDocumentBytes;
    private final int maxDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxArrayLength;
    private final int maxIssues;
    private final long maxRuleCost;
    private final boolean cohortDuplicateCheck;
    private final int cohortThreads;

    private Limits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxArrayLength,
                   int maxIssues, long maxRuleCost, boolean cohortDuplicateCheck, int cohortThreads) {
        this.cohortDuplicateCheck = cohortDuplicateCheck;
        this.cohortThreads = (int) positive("cohortThreads", cohortThreads);
        if (cohortThreads > MAX_COHORT_THREADS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "cohortThreads must be at most %d, got %d", MAX_COHORT_THREADS, cohortThreads));
        }
        this.maxDocumentBytes = positive("maxDocumentBytes", maxDocumentBytes);
        this.maxDepth = (int) positive("maxDepth", maxDepth);
        this.maxStringLength = (int) positive("maxStringLength", maxStringLength);
        this.maxNumberLength = (int) positive("maxNumberLength", maxNumberLength);
        this.maxArrayLength = (int) positive("maxArrayLength", maxArrayLength);
        this.maxIssues = (int) positive("maxIssues", maxIssues);
        this.maxRuleCost = positive("maxRuleCost", maxRuleCost);
        if (maxRuleCost > RuleChecker.MAX_COST) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "maxRuleCost must be at most %d, got %d", RuleChecker.MAX_COST, maxRuleCost));
        }
        if (maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "maxDocumentBytes must be at most %d, got %d", Integer.MAX_VALUE - 16, maxDocumentBytes));
        }
    }

    private static long positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    /** The default limits. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** The largest document accepted, in bytes. */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The deepest nesting of arrays and objects accepted (the top-level object is depth 1). */
    public int maxDepth() {
        return maxDepth;
    }

    /** The longest string (value or key) accepted, in characters. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** The longest number accepted, in characters of its JSON text. */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** The most elements one array may hold. */
    public int maxArrayLength() {
        return maxArrayLength;
    }

    /** The most issues reported for one document; the rest are summarised in one last issue. */
    public int maxIssues() {
        return maxIssues;
    }

    /**
     * The most a rule of a framework may cost to evaluate once (rule nodes plus the members of the sets they
     * visit, each use of a named rule counted in full); a costlier rule is refused when the framework loads,
     * with {@code rule.too-costly} and the computed cost.
     */
    public long maxRuleCost() {
        return maxRuleCost;
    }

    /**
     * These limits with another maximum document size.
     *
     * @throws IllegalArgumentException if {@code bytes} is not positive or above {@code Integer.MAX_VALUE - 16}
     */
    public Limits withMaxDocumentBytes(long bytes) {
        return bytes == maxDocumentBytes ? this
                : new Limits(bytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxIssues, maxRuleCost,
                cohortDuplicateCheck, cohortThreads);
    }

    /**
     * These limits with another maximum nesting depth.
     *
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public Limits withMaxDepth(int depth) {
        return depth == maxDepth ? this
                : new Limits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxArrayLength, maxIssues,
                maxRuleCost, cohortDuplicateCheck, cohortThreads);
    }

    /**
     * These limits with another maximum string length.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Limits withMaxStringLength(int length) {
        return length == maxStringLength ? this
                : new Limits(maxDocumentBytes, maxDepth, length, maxNumberLength, maxArrayLength, maxIssues,
                maxRuleCost, cohortDuplicateCheck, cohortThreads);
    }

    /**
     * These limits with another maximum number length.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Limits withMaxNumberLength(int length) {
        return length == maxNumberLength ? this
                : new Limits(maxDocumentBytes, maxDepth, maxStringLength, length, maxArrayLength, maxIssues,
                maxRuleCost, cohortDuplicateCheck, cohortThreads);
    }

    /**
     * These limits with another maximum array length.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Limits withMaxArrayLength(int length) {
        return length == maxArrayLength ? this
                : new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, length, maxIssues,
                maxRuleCost, cohortDuplicateCheck, cohortThreads);
    }

    /**
     * These limits with another maximum number of issues per document.
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public Limits withMaxIssues(int count) {
        return count == maxIssues ? this
                : new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, count,
                maxRuleCost, cohortDuplicateCheck, cohortThreads);
    }

    /**
     * These limits with another maximum rule cost. A host lowers it to keep evaluation cheap; it cannot be
     * raised above {@link RuleChecker#MAX_COST}, the most any framework may cost when it is compiled.
     *
     * @throws IllegalArgumentException if {@code cost} is not positive or above {@link RuleChecker#MAX_COST}
     */
    public Limits withMaxRuleCost(long cost) {
        return cost == maxRuleCost ? this
                : new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxIssues,
                cost, cohortDuplicateCheck, cohortThreads);
    }

    /**
     * Whether a JSON Lines cohort ({@code DocumentLoader.streamCohort}) is checked for a person id repeated on a
     * later line; {@code true} by default. The check remembers every id seen (compactly, 10 to 22 bytes a person
     * besides the id's UTF-8 bytes), so the memory it needs grows with the cohort; with it off, the stream
     * keeps nothing per person. A cohort document ({@code loadCohort}) is always checked.
     */
    public boolean cohortDuplicateCheck() {
        return cohortDuplicateCheck;
    }

    /**
     * These limits with the duplicate-id check of JSON Lines cohorts on or off. A host turns it off for a
     * stream it knows has unique ids (from a database key, say): the stream then needs the same memory for
     * ten people or ten million, and a repeated id is handed to the sink twice without an issue.
     */
    public Limits withCohortDuplicateCheck(boolean check) {
        return check == cohortDuplicateCheck ? this
                : new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxIssues,
                maxRuleCost, check, cohortThreads);
    }

    /**
     * How many threads a JSON Lines cohort ({@code DocumentLoader.streamCohort}) uses to parse and check its
     * lines; by default as many as the machine has processors ({@link Runtime#availableProcessors()}, at most
     * {@link #MAX_COHORT_THREADS}). With 1 every line is read and checked on the calling thread; with more, the
     * calling thread reads the lines and hands them in batches to that many worker threads, and still calls
     * the sink itself, in the order of the lines. The report is the same either way.
     */
    public int cohortThreads() {
        return cohortThreads;
    }

    /**
     * These limits with another number of threads for JSON Lines cohorts (see {@link #cohortThreads()}).
     *
     * @throws IllegalArgumentException if {@code threads} is not positive or above {@link #MAX_COHORT_THREADS}
     */
    public Limits withCohortThreads(int threads) {
        return threads == cohortThreads ? this
                : new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxIssues,
                maxRuleCost, cohortDuplicateCheck, threads);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Limits that && maxDocumentBytes == that.maxDocumentBytes && maxDepth == that.maxDepth
                && maxStringLength == that.maxStringLength && maxNumberLength == that.maxNumberLength
                && maxArrayLength == that.maxArrayLength && maxIssues == that.maxIssues
                && maxRuleCost == that.maxRuleCost && cohortDuplicateCheck == that.cohortDuplicateCheck
                && cohortThreads == that.cohortThreads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxIssues,
                maxRuleCost, cohortDuplicateCheck, cohortThreads);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Limits[maxDocumentBytes=%d, maxDepth=%d, maxStringLength=%d, "
                        + "maxNumberLength=%d, maxArrayLength=%d, maxIssues=%d, maxRuleCost=%d, cohortDuplicateCheck=%b, cohortThreads=%d]",
                maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxIssues, maxRuleCost,
                cohortDuplicateCheck, cohortThreads);
    }
}
