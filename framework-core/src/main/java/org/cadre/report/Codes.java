package org.cadre.report;

/**
 * The stable codes of every {@link Issue} Cadre reports. A code never changes meaning once released;
 * {@code docs/errors.md} explains each one and how to fix it.
 */
public final class Codes {

    private Codes() {
    }

    // --- reading the bytes -------------------------------------------------------------------------
    /** The document is empty or holds only white space. */
    public static final String INPUT_EMPTY = "input.empty";
    /** The document is larger than the configured limit. */
    public static final String INPUT_TOO_LARGE = "input.too-large";
    /** The document is not valid UTF-8. */
    public static final String INPUT_ENCODING = "input.encoding";

    // --- parsing JSON ------------------------------------------------------------------------------
    /** The document is not well-formed JSON. */
    public static final String JSON_SYNTAX = "json.syntax";
    /** An object has the same key twice. */
    public static final String JSON_DUPLICATE_KEY = "json.duplicate-key";
    /** Arrays and objects are nested deeper than the configured limit. */
    public static final String JSON_TOO_DEEP = "json.too-deep";
    /** A string (or a key) is longer than the configured limit. */
    public static final String JSON_STRING_TOO_LONG = "json.string-too-long";
    /** A number has more digits than the configured limit. */
    public static final String JSON_NUMBER_TOO_LONG = "json.number-too-long";
    /** A string holds an escaped UTF-16 surrogate without its pair ({@code "\ud800"}), which is no character. */
    public static final String JSON_LONE_SURROGATE = "json.lone-surrogate";
    /** An array has more elements than the configured limit. */
    public static final String JSON_ARRAY_TOO_LONG = "json.array-too-long";

    /** More issues were found than the configured limit; this one counts the rest. */
    public static final String REPORT_TRUNCATED = "report.truncated";

    // --- document header ---------------------------------------------------------------------------
    /** The top-level value is not an object, or {@code kind} is missing or unknown. */
    public static final String DOCUMENT_KIND = "document.kind";
    /** {@code formatVersion} is missing or not supported by this version of Cadre. */
    public static final String DOCUMENT_FORMAT_VERSION = "document.format-version";

    // --- JSON Schema -------------------------------------------------------------------------------
    /** A required field is missing. */
    public static final String SCHEMA_REQUIRED = "schema.required";
    /** A field that the format does not define (and that does not start with {@code x-}). */
    public static final String SCHEMA_UNKNOWN_FIELD = "schema.unknown-field";
    /** A value of the wrong JSON type. */
    public static final String SCHEMA_TYPE = "schema.type";
    /** A string that does not match the required pattern (identifiers, versions, language tags). */
    public static final String SCHEMA_PATTERN = "schema.pattern";
    /** A value that is not one of the allowed values. */
    public static final String SCHEMA_ENUM = "schema.enum";
    /** A number, string or array outside the allowed size or range. */
    public static final String SCHEMA_RANGE = "schema.range";
    /** An array holds the same item twice where items must be unique. */
    public static final String SCHEMA_UNIQUE = "schema.unique";
    /** Any other schema violation. */
    public static final String SCHEMA_OTHER = "schema.invalid";

    // --- model constraints (Bean Validation) ------------------------------------------------------
    /** A value breaks a constraint declared on the model. */
    public static final String MODEL_CONSTRAINT = "model.constraint";

    // --- semantic checks ---------------------------------------------------------------------------
    /** Two scales share an id. */
    public static final String SCALE_DUPLICATE_ID = "scale.duplicate-id";
    /** A scale has no levels. */
    public static final String SCALE_EMPTY = "scale.empty";
    /** Two levels of one scale share an id. */
    public static final String LEVEL_DUPLICATE_ID = "level.duplicate-id";
    /** Two levels of one scale share a rank. */
    public static final String LEVEL_DUPLICATE_RANK = "level.duplicate-rank";
    /** Warning: no competency is rated on this scale. */
    public static final String SCALE_UNUSED = "scale.unused";
    /** Two competencies share an id. */
    public static final String COMPETENCY_DUPLICATE_ID = "competency.duplicate-id";
    /** A competency names a parent that does not exist. */
    public static final String COMPETENCY_PARENT_UNKNOWN = "competency.parent.unknown";
    /** The parent links of some competencies form a cycle. */
    public static final String COMPETENCY_CYCLE = "competency.cycle";
    /** A competency names a scale that does not exist. */
    public static final String COMPETENCY_SCALE_UNKNOWN = "competency.scale.unknown";
    /** A competency has indicators but neither it nor any ancestor has a scale. */
    public static final String COMPETENCY_NO_SCALE = "competency.no-scale";
    /** Indicators are given for a level that is not on the competency's scale. */
    public static final String INDICATOR_LEVEL_UNKNOWN = "competency.indicator.level-unknown";
    /** Warning: a leaf competency with its own scale has no behavioural indicators. */
    public static final String COMPETENCY_NO_INDICATORS = "competency.no-indicators";
    /** {@code replacedBy} names a competency that does not exist. */
    public static final String COMPETENCY_REPLACEMENT_UNKNOWN = "competency.replaced-by.unknown";
    /** Warning: {@code replacedBy} on a competency that is still active. */
    public static final String COMPETENCY_REPLACEMENT_ACTIVE = "competency.replaced-by.active";
    /** {@code replacedBy} links form a cycle. */
    public static final String COMPETENCY_REPLACEMENT_CYCLE = "competency.replaced-by.cycle";
    /** A competency's relation points at a competency the framework does not have. */
    public static final String COMPETENCY_RELATION_UNKNOWN = "competency.relation.unknown";
    /** A competency's relation points at the competency itself. */
    public static final String COMPETENCY_RELATION_SELF = "competency.relation.self";
    /** A competency states the same relation (type and target) twice. */
    public static final String COMPETENCY_RELATION_DUPLICATE = "competency.relation.duplicate";
    /** A translation or indicator is given in the framework's own language. */
    public static final String TRANSLATION_DEFAULT_LANGUAGE = "translation.default-language";
    /** Two programmes share an id. */
    public static final String PROGRAMME_DUPLICATE_ID = "programme.duplicate-id";
    /** {@code leadsTo} names a programme that does not exist. */
    public static final String PROGRAMME_LEADS_TO_UNKNOWN = "programme.leads-to.unknown";
    /** The {@code leadsTo} links of some programmes form a cycle. */
    public static final String PROGRAMME_CYCLE = "programme.cycle";
    /** A target profile names a competency that does not exist. */
    public static final String TARGET_COMPETENCY_UNKNOWN = "programme.target.competency-unknown";
    /** A target profile names a level that is not on the competency's scale. */
    public static final String TARGET_LEVEL_UNKNOWN = "programme.target.level-unknown";
    /** A target profile names a competency that has no scale, so no level can be reached on it. */
    public static final String TARGET_NOT_RATED = "programme.target.not-rated";
    /** Warning: a target profile names a retired competency. */
    public static final String TARGET_RETIRED = "programme.target.retired";
    /** Two checkpoints of one programme share an id. */
    public static final String PROGRAMME_CHECKPOINT_DUPLICATE_ID = "programme.checkpoint.duplicate-id";
    /** Warning: a checkpoint falls after the end of the programme's stated duration. */
    public static final String PROGRAMME_CHECKPOINT_AFTER_END = "programme.checkpoint.after-end";
    /** Two fact definitions share a name. */
    public static final String FACT_DUPLICATE = "fact.duplicate";

    // --- rules -------------------------------------------------------------------------------------
    /** A rule names a competency that does not exist. */
    public static final String RULE_COMPETENCY_UNKNOWN = "rule.competency.unknown";
    /** A rule compares the level of a competency that has no scale. */
    public static final String RULE_COMPETENCY_NOT_RATED = "rule.competency.not-rated";
    /** Warning: a rule names a retired competency. */
    public static final String RULE_COMPETENCY_RETIRED = "rule.competency.retired";
    /** A rule names a level that is not on the scale of a competency it applies to. */
    public static final String RULE_LEVEL_UNKNOWN = "rule.level.unknown";
    /** A competency set names a subtree root, tag or competency that does not exist. */
    public static final String RULE_SET_UNKNOWN = "rule.set.unknown";
    /** A competency set holds no rated, active competency. */
    public static final String RULE_SET_EMPTY = "rule.set.empty";
    /** A minimum, mean or balance is taken over competencies on different scales. */
    public static final String RULE_SET_MIXED_SCALES = "rule.set.mixed-scales";
    /** A rule names a programme that does not exist. */
    public static final String RULE_PROGRAMME_UNKNOWN = "rule.programme.unknown";
    /** A rule names a fact the framework does not declare. */
    public static final String RULE_FACT_UNKNOWN = "rule.fact.unknown";
    /** A rule treats a number fact as a string or a string fact as a number. */
    public static final String RULE_FACT_TYPE = "rule.fact.type";
    /** A rule expects a string fact to take a value the framework does not allow for it. */
    public static final String RULE_FACT_VALUE = "rule.fact.value";
    /** A rule refers to a named rule that does not exist. */
    public static final String RULE_REF_UNKNOWN = "rule.ref.unknown";
    /** Named rules refer to each other in a cycle. */
    public static final String RULE_REF_CYCLE = "rule.ref.cycle";
    /** A rule can never be met: it asks for more than its set or list holds. */
    public static final String RULE_UNSATISFIABLE = "rule.unsatisfiable";
    /** A rule is nested deeper than the limit, counting the named rules it refers to. */
    public static final String RULE_TOO_DEEP = "rule.too-deep";
    /** Evaluating a rule once would cost more than the limit (named rules count each time they are used). */
    public static final String RULE_TOO_COSTLY = "rule.too-costly";

    // --- person records ----------------------------------------------------------------------------
    /** Two people in one cohort share an id. */
    public static final String PERSON_DUPLICATE_ID = "person.duplicate-id";
    /** A rating or item of evidence names a competency the framework does not have. */
    public static final String PERSON_COMPETENCY_UNKNOWN = "person.competency.unknown";
    /** A rating names a level that is not on the competency's scale. */
    public static final String PERSON_LEVEL_UNKNOWN = "person.level.unknown";
    /** A rating or item of evidence is dated after the as-of date. */
    public static final String PERSON_DATE_FUTURE = "person.date.future";
    /** A programme record names a programme the framework does not have. */
    public static final String PERSON_PROGRAMME_UNKNOWN = "person.programme.unknown";
    /** Warning: a fact the framework does not declare (rules cannot use it). */
    public static final String PERSON_FACT_UNKNOWN = "person.fact.unknown";
    /** A fact of the wrong type: text for a number fact or a number for a string fact. */
    public static final String PERSON_FACT_TYPE = "person.fact.type";
    /** A string fact with a value the framework does not allow. */
    public static final String PERSON_FACT_VALUE = "person.fact.value";
    /** Warning: lines of a JSON Lines cohort were skipped because they were invalid. */
    public static final String COHORT_SKIPPED = "cohort.skipped";

    // --- development plans -------------------------------------------------------------------------
    /** The plan is written against another framework. */
    public static final String PLAN_FRAMEWORK_MISMATCH = "plan.framework.mismatch";
    /** Warning: the plan is written against another version of the framework. */
    public static final String PLAN_FRAMEWORK_VERSION = "plan.framework.version";
    /** A goal names a competency the framework does not have. */
    public static final String PLAN_COMPETENCY_UNKNOWN = "plan.competency.unknown";
    /** A goal names a competency that has been retired (the message names its replacement). */
    public static final String PLAN_COMPETENCY_RETIRED = "plan.competency.retired";
    /** A goal names a level that is not on the competency's scale. */
    public static final String PLAN_LEVEL_UNKNOWN = "plan.level.unknown";
    /** The target names a programme the framework does not have. */
    public static final String PLAN_PROGRAMME_UNKNOWN = "plan.programme.unknown";
    /** Two goals or two activities share an id. */
    public static final String PLAN_DUPLICATE_ID = "plan.duplicate-id";
    /** A goal's target level is not above its starting level. */
    public static final String PLAN_GOAL_NOT_HIGHER = "plan.goal.not-higher";
    /** A date (a goal's due date, an activity's start or end, a review) lies outside the plan's period. */
    public static final String PLAN_DATE_OUTSIDE = "plan.date.outside";
    /** A period or an activity ends before it starts. */
    public static final String PLAN_DATES_REVERSED = "plan.dates.reversed";
    /** An activity serves a goal the plan does not have. */
    public static final String PLAN_GOAL_UNKNOWN = "plan.goal.unknown";
    /** A goal has no activity that serves it. */
    public static final String PLAN_GOAL_NO_ACTIVITY = "plan.goal.no-activity";
    /** An activity's type is neither a standard type nor one of the policy's. */
    public static final String PLAN_ACTIVITY_TYPE_UNKNOWN = "plan.activity.type-unknown";
    /** The plan is shorter or longer than the policy allows. */
    public static final String PLAN_LENGTH = "plan.length";
    /** In some week the activities take more hours than the policy allows. */
    public static final String PLAN_HOURS_PER_WEEK = "plan.hours-per-week";
    /** The hours by category of learning are outside the policy's mix and tolerance. */
    public static final String PLAN_LEARNING_MIX = "plan.learning-mix";
    /** Reviews are further apart than the policy allows. */
    public static final String PLAN_REVIEW_CADENCE = "plan.review-cadence";
    /** The plan's status needs an approval it does not have. */
    public static final String PLAN_APPROVAL_MISSING = "plan.approval.missing";
    /** A level the person still lacks for the plan's target is not addressed by any goal. */
    public static final String PLAN_COVERAGE = "plan.coverage";
    /** With a catalogue: an activity names a catalogue item the catalogue does not have. */
    public static final String PLAN_ITEM_UNKNOWN = "plan.item.unknown";

    // --- activity catalogues -----------------------------------------------------------------------
    /** The catalogue is written against another framework. */
    public static final String CATALOGUE_FRAMEWORK_MISMATCH = "catalogue.framework.mismatch";
    /** Warning: the catalogue is written against another version of the framework. */
    public static final String CATALOGUE_FRAMEWORK_VERSION = "catalogue.framework.version";
    /** Two items share an id. */
    public static final String CATALOGUE_DUPLICATE_ID = "catalogue.duplicate-id";
    /** An item develops a competency the framework does not have. */
    public static final String CATALOGUE_COMPETENCY_UNKNOWN = "catalogue.competency.unknown";
    /** Warning: an item develops a competency that has been retired. */
    public static final String CATALOGUE_COMPETENCY_RETIRED = "catalogue.competency.retired";
    /** An item's level range names a level that is not on a competency's scale. */
    public static final String CATALOGUE_LEVEL_UNKNOWN = "catalogue.level.unknown";
    /** An item's level range starts above where it ends. */
    public static final String CATALOGUE_LEVELS_REVERSED = "catalogue.levels.reversed";
    /** An item's type is neither a standard type nor one of the policy's. */
    public static final String CATALOGUE_ACTIVITY_TYPE_UNKNOWN = "catalogue.activity.type-unknown";

    // --- drafting plans ----------------------------------------------------------------------------
    /** The person already meets the target programme's entry rule: there is nothing to plan. */
    public static final String DRAFT_NOT_NEEDED = "draft.not-needed";
    /** No development can meet the target programme's entry rule (the gap analysis found no way). */
    public static final String DRAFT_UNREACHABLE = "draft.unreachable";
    /** What the person lacks is not a level a goal can raise (a programme, a fact, evidence) and nothing else is. */
    public static final String DRAFT_NO_GOALS = "draft.no-goals";
    /** Warning: part of what the person lacks cannot be a goal of the plan (a programme, a fact, evidence). */
    public static final String DRAFT_NOT_ADDRESSED = "draft.not-addressed";
    /** The catalogue has no activity that develops a goal's competency at the goal's level. */
    public static final String DRAFT_NO_ACTIVITY = "draft.no-activity";
    /** The catalogue's activities cannot make up the policy's learning mix. */
    public static final String DRAFT_LEARNING_MIX = "draft.learning-mix";
    /** The activities do not fit the policy's hours per week within its longest plan. */
    public static final String DRAFT_NO_TIME = "draft.no-time";
    /** The policy needs approvals even for a draft, which a drafted plan cannot have. */
    public static final String DRAFT_APPROVALS = "draft.approvals";
    /** A defect of the drafter: the plan it drafted fails its own check (the issues that follow say how). */
    public static final String DRAFT_FAILED_CHECK = "draft.failed-check";

    // ------------------------------------------------------------------ imports and exports of other formats

    /** The document is not a CASE package: not a JSON object with a CFDocument object. */
    public static final String CASE_NOT_CASE = "case.not-case";
    /** A CASE object lacks a field Cadre needs, or has one of the wrong type. */
    public static final String CASE_INVALID = "case.invalid";
    /** Two objects of a CASE package have the same identifier. */
    public static final String CASE_DUPLICATE_IDENTIFIER = "case.duplicate-identifier";
    /** An association's origin or destination is in neither the package nor (for a tree link) its document. */
    public static final String CASE_ASSOCIATION_DANGLING = "case.association.dangling";
    /** The isChildOf associations of a package form a cycle. */
    public static final String CASE_CYCLE = "case.association.cycle";
    /** An item has more than one isChildOf association; the first places it in the tree, the others are kept. */
    public static final String CASE_MULTIPLE_PARENTS = "case.multiple-parents";
    /** A value was read in a corrected form (a date-time without a time zone, a sequence number in quotes). */
    public static final String CASE_NORMALIZED = "case.normalized";
    /** What an export to CASE cannot carry, and where it is kept. */
    public static final String CASE_NOT_CARRIED = "case.not-carried";
    /** A Moodle competency CSV has no header row, or lacks a column Cadre needs. */
    public static final String MOODLE_HEADER = "moodle.header";
    /** A row of a Moodle competency CSV has more or fewer fields than the header. */
    public static final String MOODLE_RAGGED_ROW = "moodle.ragged-row";
    /** A value of a Moodle competency CSV cannot be read (an unknown parent, a bad scale configuration…). */
    public static final String MOODLE_INVALID = "moodle.invalid";
    /** Two rows of a Moodle competency CSV have the same ID number. */
    public static final String MOODLE_DUPLICATE_ID = "moodle.duplicate-id";
    /** The parent ID numbers of a Moodle competency CSV form a cycle. */
    public static final String MOODLE_CYCLE = "moodle.cycle";
    /** What an export to Moodle's CSV cannot carry. */
    public static final String MOODLE_NOT_CARRIED = "moodle.not-carried";
}
