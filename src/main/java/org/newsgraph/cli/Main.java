package org.newsgraph.cli;

import java.io.PrintWriter;

import org.newsgraph.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The newsgraph command line: one subcommand per verb; this class only wires them. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Reads news articles into an RDF knowledge graph of offices, successions, support and opposition.",
        subcommands = {ExtractCommand.class, QueryCommand.class, ValidateCommand.class, EvaluateCommand.class,
            LoadCommand.class, StatsCommand.class, UnloadCommand.class, ServeCommand.class, PushCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes: 0 ok, 1 the user's mistake, 2 a bug. */
    static final int OK = 0;
    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 2;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, query, validate, evaluate, load, stats, unload, serve, push)");
    }

    public static void main(String[] args) {
        BoundedHeap.followParent();
        Integer bounded = BoundedHeap.runBounded(args);
        System.exit(bounded != null ? bounded : run(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsgraph: " + oneLine(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter err = c.getErr();
            if (ex instanceof UserError) {
                err.println("newsgraph " + c.getCommandName() + ": " + oneLine(ex.getMessage()));
                return USER_ERROR;
            }
            err.println("newsgraph " + c.getCommandName() + ": internal error, please report it with this trace:");
            ex.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        return cl;
    }

    static String oneLine(String s) {
        if (s == null) {
            return "error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Jena's version, from its Maven metadata (its manifest does not survive shading). */
    static String jenaVersion() {
        try (java.io.InputStream in = Main.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-core/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", org.apache.jena.Jena.VERSION);
            }
        } catch (java.io.IOException e) {
            // fall through
        }
        return org.apache.jena.Jena.VERSION;
    }

    /** --version. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + Version.get(), "Apache Jena " + jenaVersion(),
                "Java " + System.getProperty("java.version")};
        }
    }
}
