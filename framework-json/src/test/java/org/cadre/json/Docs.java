package org.cadre.json;

/** Small framework documents for tests, written the way a person would write them by hand. */
final class Docs {

    private Docs() {
    }

    /** A small valid framework: one scale, a domain with two capabilities, one programme. */
    static final String VALID = """
            {
              "kind": "framework",
              "formatVersion": "1.0",
              "id": "ward",
              "version": "1.0.0",
              "title": "Ward leadership",
              "scales": [
                {
                  "id": "three",
                  "title": "Three levels",
                  "levels": [
                    {"id": "basic", "label": "Basic", "rank": 1},
                    {"id": "good", "label": "Good", "rank": 2},
                    {"id": "expert", "label": "Expert", "rank": 3}
                  ]
                }
              ],
              "competencies": [
                {"id": "people", "title": "Leading people", "kind": "domain"},
                {"id": "people.huddle", "title": "Running the huddle", "parent": "people", "scale": "three",
                 "indicators": {"basic": ["Holds the huddle on time."], "good": ["Keeps it short."]}},
                {"id": "people.feedback", "title": "Giving feedback", "parent": "people", "scale": "three",
                 "indicators": {"basic": ["Thanks people for specific work."]}, "x-owner": {"team": "ward 7"}}
              ],
              "programmes": [
                {"id": "shift-lead", "title": "Shift leader course",
                 "duration": {"value": 6, "unit": "weeks"},
                 "targetProfile": {"people.huddle": "good"}}
              ]
            }
            """;

    /** {@link #VALID} with one piece of text replaced; fails the test if the piece is not there. */
    static String replace(String from, String to) {
        if (!VALID.contains(from)) {
            throw new AssertionError("the test document does not contain: " + from);
        }
        return VALID.replace(from, to);
    }
}
