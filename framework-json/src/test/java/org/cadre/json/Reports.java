package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadre.report.Issue;
import org.cadre.report.Report;

/** Assertions on reports that the document tests share. */
final class Reports {

    private Reports() {
    }

    /** The one issue of the report with the code; fails, showing the report, unless there is exactly one. */
    static Issue only(Report report, String code) {
        List<Issue> matching = report.issues().stream().filter(issue -> issue.code().equals(code)).toList();
        assertThat(matching).as("issues with code %s in%n%s", code, report).hasSize(1);
        return matching.get(0);
    }
}
