package org.cadre.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in the test's JVM: its exit status and what it printed.
 *
 * @param status the exit status
 * @param out    standard output
 * @param err    standard error
 */
record Run(int status, String out, String err) {

    /** Runs {@code cadre} with the arguments, capturing both streams. */
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }
}
