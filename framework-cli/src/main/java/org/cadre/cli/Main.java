package org.cadre.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cadre} command. Exit status: 0 success or valid; 1 an input is invalid or a check failed;
 * 2 usage or I/O error. Results go to standard output, messages to standard error.
 */
@Command(name = "cadre", mixinStandardHelpOptions = true, version = "cadre 0.1.0-SNAPSHOT",
        description = "Leadership competency frameworks: validate documents, judge people against programme"
                + " ladders, print schemas, run the demo.",
        subcommands = {ValidateCommand.class, EvaluateCommand.class, PlanCommand.class, SchemaCommand.class,
                DemoCommand.class, ImportCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Success, or every input is valid. */
    public static final int OK = 0;
    /** Some input is invalid or a check failed. */
    public static final int INVALID = 1;
    /** Wrong usage, or a file could not be read or written. */
    public static final int USAGE_OR_IO = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send that to SLF4J, which the command line sets to warn.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(exception -> USAGE_OR_IO)
                .setParameterExceptionHandler((exception, arguments) -> {
                    CommandLine command = exception.getCommandLine();
                    command.getErr().println("cadre: " + exception.getMessage());
                    command.getErr().println("Try '" + command.getCommandSpec().qualifiedName()
                            + " --help' for more information.");
                    return USAGE_OR_IO;
                })
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    command.getErr().println("cadre: " + exception.getMessage());
                    return USAGE_OR_IO;
                });
        commandLine.getSubcommands().values().forEach(sub -> sub.setParameterExceptionHandler(
                commandLine.getParameterExceptionHandler()));
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().getErr().println("cadre: a command is required (validate, evaluate, plan, schema,"
                + " demo, import, export)");
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
