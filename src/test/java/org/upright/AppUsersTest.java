package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.AccountService;
import org.upright.account.Role;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/** {@code upright users add|list|passwd} as an administrator runs them, with every service wired as in main. */
class AppUsersTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = App.commandLine().run(new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void addWithoutAPasswordPrintsAGeneratedOneOnceAndItSignsIn() {
        Run add = run("", "users", "add", "amina", "--role", "editor", "--institution", "Ministry of Justice",
                "--institution", "Ombudsman", "--data", data());

        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("added amina (editor) for Ministry of Justice, Ombudsman");
        Matcher password = Pattern.compile("shown once, pass it on safely\\): (\\S{20})").matcher(add.out());
        assertThat(password.find()).isTrue();
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")))) {
            var account = new AccountService(database).authenticate("amina", password.group(1)).orElseThrow();
            assertThat(account.role()).isEqualTo(Role.EDITOR);
            assertThat(account.institutions()).containsExactlyInAnyOrder("Ministry of Justice", "Ombudsman");
        }
    }

    @Test
    void passwordStdinReadsTheFirstLineAndPasswdChangesIt() {
        Run add = run("first passphrase 1\nignored\n", "users", "add", "omar", "--role", "viewer",
                "--password-stdin", "--data", data());
        Run passwd = run("second passphrase 2\n", "users", "passwd", "omar", "--password-stdin", "--data", data());
        Run list = run("", "users", "list", "--data", data());

        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).doesNotContain("first passphrase", "shown once");
        assertThat(passwd.code()).as(passwd.err()).isZero();
        assertThat(passwd.out()).contains("password of omar changed");
        assertThat(list.out()).contains("omar").contains("viewer");
        try (Database database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")))) {
            AccountService accounts = new AccountService(database);
            assertThat(accounts.authenticate("omar", "second passphrase 2")).isPresent();
            assertThat(accounts.authenticate("omar", "first passphrase 1")).isEmpty();
        }
    }

    @Test
    void aBadRoleIsExitTwoAndADuplicateNameOneLine() {
        Run badRole = run("", "users", "add", "bea", "--role", "superuser", "--data", data());
        run("", "users", "add", "bea", "--role", "admin", "--data", data());
        Run duplicate = run("", "users", "add", "Bea", "--role", "viewer", "--data", data());
        Run shortPassword = run("short\n", "users", "add", "carl", "--role", "viewer", "--password-stdin",
                "--data", data());
        Run noSuchUser = run("", "users", "passwd", "nobody", "--data", data());

        assertThat(badRole.code()).isEqualTo(2);
        assertThat(badRole.err().strip()).contains("unknown role superuser", "admin, editor or viewer")
                .doesNotContain("\n");
        assertThat(duplicate.code()).isEqualTo(1);
        assertThat(duplicate.err().strip()).isEqualTo("upright: an account named Bea exists already");
        assertThat(shortPassword.code()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("at least 12 characters");
        assertThat(noSuchUser.code()).isEqualTo(2);
        assertThat(noSuchUser.err().strip()).isEqualTo("upright: no account is named nobody");
    }

    @Test
    void listWithoutAccountsSaysHowToAddOne() {
        Run list = run("", "users", "list", "--data", data());

        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("no accounts yet", "upright users add");
    }
}
