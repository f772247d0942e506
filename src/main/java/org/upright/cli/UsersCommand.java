package org.upright.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.upright.account.Account;
import org.upright.account.AccountService;
import org.upright.account.Role;
import org.upright.common.DataLocation;
import org.upright.common.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code upright users add|list|passwd}: the accounts that sign in to the web application. */
@Command(name = "users", mixinStandardHelpOptions = true, header = "Add and list the accounts of the web application.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Passwd.class})
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code users add NAME --role ROLE [--institution NAME]... [--password-stdin]}. */
    @Command(name = "add", mixinStandardHelpOptions = true, header = "Add an account.",
            description = "Without --password-stdin a strong password is generated and printed once.")
    static final class Add implements Callable<Integer> {
        private final Function<DataLocation, Backend> backends;
        private final Supplier<BufferedReader> stdin;

        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_' and '-'.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor or viewer.")
        String role;

        @Option(names = "--institution", paramLabel = "NAME",
                description = "An institution whose tracking an editor may change (repeatable).")
        List<String> institutions = List.of();

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        Add(Function<DataLocation, Backend> backends, Supplier<BufferedReader> stdin) {
            this.backends = backends;
            this.stdin = stdin;
        }

        @Override
        public Integer call() {
            Role parsed = Role.parse(role);
            String password = passwordStdin ? readPassword(stdin) : AccountService.generatePassword();
            PrintWriter out = spec.commandLine().getOut();
            try (Backend backend = backends.apply(storage.location())) {
                Account account = backend.accounts().add(name, parsed, new LinkedHashSet<>(institutions), password);
                out.printf("added %s (%s)%s%n", account.name(), parsed.name().toLowerCase(),
                        account.institutions().isEmpty() ? "" : " for " + sorted(account));
                if (!passwordStdin) {
                    out.printf("password (shown once, pass it on safely): %s%n", password);
                }
            }
            return CommandLineInterface.EXIT_OK;
        }
    }

    /** {@code users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, header = "List the accounts.")
    static final class ListUsers implements Callable<Integer> {
        private final Function<DataLocation, Backend> backends;

        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        ListUsers(Function<DataLocation, Backend> backends) {
            this.backends = backends;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Backend backend = backends.apply(storage.location())) {
                List<AccountService.Listed> accounts = backend.accounts().list();
                if (accounts.isEmpty()) {
                    out.println("no accounts yet: add one with 'upright users add NAME --role admin'");
                }
                for (AccountService.Listed listed : accounts) {
                    Account a = listed.account();
                    out.printf("%-24s %-7s %s%s%s%n", a.name(), a.role().name().toLowerCase(),
                            listed.created().toLocalDate(), a.institutions().isEmpty() ? "" : "  " + sorted(a),
                            listed.disabled() ? "  (disabled)" : "");
                }
            }
            return CommandLineInterface.EXIT_OK;
        }
    }

    /** {@code users passwd NAME [--password-stdin]}. */
    @Command(name = "passwd", mixinStandardHelpOptions = true, header = "Set an account's password.",
            description = "Without --password-stdin a strong password is generated and printed once.")
    static final class Passwd implements Callable<Integer> {
        private final Function<DataLocation, Backend> backends;
        private final Supplier<BufferedReader> stdin;

        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        Passwd(Function<DataLocation, Backend> backends, Supplier<BufferedReader> stdin) {
            this.backends = backends;
            this.stdin = stdin;
        }

        @Override
        public Integer call() {
            String password = passwordStdin ? readPassword(stdin) : AccountService.generatePassword();
            PrintWriter out = spec.commandLine().getOut();
            try (Backend backend = backends.apply(storage.location())) {
                backend.accounts().setPassword(name, password);
                out.printf("password of %s changed%n", name);
                if (!passwordStdin) {
                    out.printf("password (shown once, pass it on safely): %s%n", password);
                }
            }
            return CommandLineInterface.EXIT_OK;
        }
    }

    private static String sorted(Account account) {
        return String.join(", ", new java.util.TreeSet<>(account.institutions()));
    }

    /** The first line of standard input, without its line end; a password never comes from the command line. */
    private static String readPassword(Supplier<BufferedReader> stdin) {
        try {
            String line = stdin.get().readLine();
            if (line == null || line.isEmpty()) {
                throw new UsageException("--password-stdin: standard input has no password");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
