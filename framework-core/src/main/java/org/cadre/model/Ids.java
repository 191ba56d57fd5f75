package org.cadre.model;

/** The patterns that identifiers and other constrained strings follow, shared with the JSON Schema. */
public final class Ids {

    private Ids() {
    }

    /** An identifier: a letter or digit, then letters, digits, {@code . _ : -}; at most 128 characters. */
    public static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

    /** A semantic version such as {@code 1.0.0} or {@code 2.1.0-draft.1}. */
    public static final String SEMVER = "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
            + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$";

    /** A BCP 47 language tag such as {@code en}, {@code fr} or {@code en-GB}. */
    public static final String LANGUAGE = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    /** A competency kind: lower case letters, digits and hyphens, such as {@code domain}. */
    public static final String KIND = "^[a-z][a-z0-9-]{0,63}$";

    /** A tag: lower case letters, digits and {@code . _ : -}. */
    public static final String TAG = "^[a-z0-9][a-z0-9._:-]{0,63}$";
}
