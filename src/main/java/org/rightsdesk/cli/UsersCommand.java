package org.rightsdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.rightsdesk.accounts.AccountService;
import org.rightsdesk.accounts.LoginThrottle;
import org.rightsdesk.accounts.Role;
import org.rightsdesk.accounts.UserAccount;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rightsdesk users …}: manage staff accounts from the shell (e.g. the first admin, a lost password). */
@Command(name = "users", description = "Manage user accounts.", subcommands = {
        UsersCommand.Add.class, UsersCommand.ResetPassword.class, UsersCommand.ListUsers.class, UsersCommand.Unlock.class})
class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: add, reset-password, list or unlock");
    }

    /** Where a new password comes from: stdin, a hidden prompt, or generated and shown once. */
    static class PasswordSource {
        @Option(names = "--password-stdin", description = "Read the password from standard input (one line).")
        boolean fromStdin;

        /** Returns the password and whether it was generated (and so must be printed). */
        String obtain(PrintWriter out, boolean[] generated) {
            if (fromStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (line == null || line.isEmpty()) {
                        throw new CommandProblem("No password on standard input");
                    }
                    return line;
                } catch (IOException e) {
                    throw new CommandProblem("Cannot read the password from standard input: " + e.getMessage());
                }
            }
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("New password (at least %d characters): ", AccountService.MIN_PASSWORD_LENGTH);
                char[] second = console.readPassword("Repeat the new password: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new CommandProblem("The two passwords differ; nothing was changed");
                }
                return new String(first);
            }
            generated[0] = true;
            return AccountService.generatePassword();
        }
    }

    @Command(name = "add", description = "Create a user. The password is prompted for, read with --password-stdin, or generated and shown once.")
    static class Add implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Parameters(paramLabel = "NAME", description = "User name.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, lawyer, monitor or viewer.")
        String role;
        @Mixin
        PasswordSource password;

        @Override
        public void run() {
            Role r = Role.fromCode(role); // before prompting, so a typo fails fast
            PrintWriter out = spec.commandLine().getOut();
            boolean[] generated = {false};
            String secret = password.obtain(out, generated);
            try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                UserAccount u = ctx.getBean(AccountService.class).createUser(name, r, secret, "cli");
                out.println("Created user " + u.username() + " (" + u.role().code() + ").");
                if (generated[0]) {
                    out.println("Password (shown once): " + secret);
                }
            }
        }
    }

    @Command(name = "reset-password", description = "Set a new password for a user.")
    static class ResetPassword implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Parameters(paramLabel = "NAME", description = "User name.")
        String name;
        @Mixin
        PasswordSource password;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            boolean[] generated = {false};
            String secret = password.obtain(out, generated);
            try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                ctx.getBean(AccountService.class).resetPassword(name, secret, "cli");
                ctx.getBean(LoginThrottle.class).unlock(name);
                out.println("Password of " + AccountService.normaliseUsername(name) + " changed.");
                if (generated[0]) {
                    out.println("Password (shown once): " + secret);
                }
            }
        }
    }

    @Command(name = "list", description = "List users, their roles and whether they are locked.")
    static class ListUsers implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                LoginThrottle throttle = ctx.getBean(LoginThrottle.class);
                out.printf("%-24s %-8s %-9s %s%n", "USER", "ROLE", "STATUS", "LOCKED");
                for (UserAccount u : ctx.getBean(AccountService.class).list()) {
                    out.printf("%-24s %-8s %-9s %s%n", u.username(), u.role().code(), u.enabled() ? "active" : "disabled",
                            throttle.isLocked(u.username()) ? "yes" : "no");
                }
            }
        }
    }

    @Command(name = "unlock", description = "Lift a login lock after too many failed attempts.")
    static class Unlock implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Parameters(paramLabel = "NAME", description = "User name.")
        String name;

        @Override
        public void run() {
            try (ConfigurableApplicationContext ctx = Contexts.startTool(storage)) {
                AccountService accounts = ctx.getBean(AccountService.class);
                String user = accounts.find(name).map(UserAccount::username)
                        .orElseThrow(() -> new CommandProblem("No user named '" + name + "'"));
                ctx.getBean(LoginThrottle.class).unlock(user);
                spec.commandLine().getOut().println("Unlocked " + user + ".");
            }
        }
    }
}
