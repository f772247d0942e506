package org.upright.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.upright.common.ConflictException;
import org.upright.common.UsageException;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

class AccountServiceTest {
    private static final String PASSWORD = "correct horse battery";

    @OnBothDatabases
    void anAddedAccountSignsInWithItsPasswordOnlyAndTheHashIsArgon2id(Database database) {
        AccountService accounts = new AccountService(database);

        Account added = accounts.add("amina.k", Role.EDITOR, Set.of("Ministry of Justice", " Ombudsman "), PASSWORD);

        assertThat(added.institutions()).containsExactlyInAnyOrder("Ministry of Justice", "Ombudsman");
        assertThat(accounts.authenticate("amina.k", PASSWORD)).contains(added);
        assertThat(accounts.authenticate("AMINA.K", PASSWORD)).as("names ignore case").contains(added);
        assertThat(accounts.authenticate("amina.k", PASSWORD + "!")).isEmpty();
        assertThat(accounts.authenticate("nobody", PASSWORD)).isEmpty();
        assertThat(accounts.authenticate(null, null)).isEmpty();
        String hash = String.valueOf(database.dsl().fetchValue("select password_hash from account"));
        assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
    }

    @OnBothDatabases
    void aTakenNameInAnyCaseIsAConflictAndBadNamesOrShortPasswordsAreUsageErrors(Database database) {
        AccountService accounts = new AccountService(database);
        accounts.add("amina", Role.VIEWER, Set.of(), PASSWORD);

        assertThatThrownBy(() -> accounts.add("Amina", Role.ADMIN, Set.of(), PASSWORD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> accounts.add("amina smith", Role.VIEWER, Set.of(), PASSWORD))
                .isInstanceOf(UsageException.class).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> accounts.add("<script>", Role.VIEWER, Set.of(), PASSWORD))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> accounts.add("omar", Role.VIEWER, Set.of(), "short pass"))
                .isInstanceOf(UsageException.class).hasMessageContaining("12 characters");
        assertThat(accounts.list()).hasSize(1);
    }

    @OnBothDatabases
    void roleInstitutionsPasswordAndDisablingChangeWhatTheAccountMayDo(Database database) {
        AccountService accounts = new AccountService(database);
        accounts.add("omar", Role.VIEWER, Set.of(), PASSWORD);
        accounts.add("bea", Role.ADMIN, Set.of(), PASSWORD);

        accounts.setRole("omar", Role.EDITOR);
        accounts.setInstitutions("omar", Set.of("Ministry of Health"));
        accounts.setPassword("omar", "a brand new passphrase");

        Account omar = accounts.authenticate("omar", "a brand new passphrase").orElseThrow();
        assertThat(omar.role()).isEqualTo(Role.EDITOR);
        assertThat(omar.mayEditFor(Set.of("Ministry of Health"))).isTrue();
        assertThat(accounts.authenticate("omar", PASSWORD)).isEmpty();
        assertThat(accounts.list()).extracting(l -> l.account().name()).containsExactly("bea", "omar");
        assertThat(accounts.list().get(1).account().institutions()).containsExactly("Ministry of Health");

        accounts.setDisabled("omar", true);
        assertThat(accounts.authenticate("omar", "a brand new passphrase")).isEmpty();
        assertThat(accounts.list().get(1).disabled()).isTrue();
        assertThatThrownBy(() -> accounts.setRole("nobody", Role.ADMIN)).isInstanceOf(UsageException.class);
    }

    @OnBothDatabases
    void generatedPasswordsAreLongAndDiffer(Database database) {
        String one = AccountService.generatePassword();

        assertThat(one).hasSize(20).matches("[A-Za-z0-9]+");
        assertThat(AccountService.generatePassword()).isNotEqualTo(one);
        new AccountService(database).add("gen", Role.VIEWER, Set.of(), one);
        assertThat(new AccountService(database).authenticate("gen", one)).isPresent();
    }
}
