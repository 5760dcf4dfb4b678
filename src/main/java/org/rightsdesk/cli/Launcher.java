package org.rightsdesk.cli;

import java.io.PrintWriter;

import org.rightsdesk.accounts.AccountProblem;
import org.rightsdesk.storage.StorageProblem;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine;

/**
 * Entry point of {@code ./rightsdesk}: parses the command line and runs the subcommand.
 * Every failure a user can cause ends in one line on stderr that names the problem and a
 * non-zero exit code (2 for a mistyped command line, 1 for everything else), never a stack trace.
 */
public final class Launcher {

    /** Returned by commands that leave a server running: the caller must not exit the JVM. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;
    /** Exit code for a command line that could not be understood. */
    public static final int USAGE = 2;
    /** Exit code for a command that was understood but failed. */
    public static final int FAILED = 1;

    private Launcher() {
    }

    /**
     * Spring's ahead-of-time processing (at build time) runs {@code main} and stops the application
     * just before refresh by throwing {@link SpringApplication.AbandonedRunException}; it has to leave
     * {@code main} as it came, not as an error line and an exit code.
     */
    private static final ThreadLocal<SpringApplication.AbandonedRunException> ABANDONED = new ThreadLocal<>();

    public static void main(String[] args) {
        int code = run(args);
        SpringApplication.AbandonedRunException abandoned = ABANDONED.get();
        if (abandoned != null) {
            ABANDONED.remove();
            throw abandoned;
        }
        if (code != KEEP_RUNNING) {
            System.exit(code);
        }
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line, with output streams that tests can capture. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            String message = e.getMessage();
            if (e instanceof CommandLine.UnmatchedArgumentException u && !failed.getSubcommands().isEmpty()
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                message = "Unknown command '" + u.getUnmatched().get(0) + "'";
            }
            failed.getErr().println("rightsdesk: " + message + " (see '"
                    + failed.getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof SpringApplication.AbandonedRunException abandoned) {
                ABANDONED.set(abandoned);
                return FAILED;
            }
            failed.getErr().println("rightsdesk: " + describe(e));
            if (System.getenv("RIGHTSDESK_DEBUG") != null) {
                e.printStackTrace(failed.getErr());
            }
            return e instanceof UsageProblem ? USAGE : FAILED;
        });
        return cmd;
    }

    /** One line for the user: our own problems speak for themselves, anything else is named. */
    static String describe(Throwable e) {
        if (e instanceof StorageProblem || e instanceof AccountProblem || e instanceof UsageProblem
                || e instanceof CommandProblem || e instanceof org.rightsdesk.vault.VaultProblem) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "unexpected error: " + firstLine(message) + " (set RIGHTSDESK_DEBUG=1 for details)";
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
