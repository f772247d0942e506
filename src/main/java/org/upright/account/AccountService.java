package org.upright.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.upright.common.ConflictException;
import org.upright.common.UsageException;
import org.upright.storage.Database;

/**
 * The accounts: adds them (name rules, a password of at least 12 characters hashed with Argon2id), checks a name and
 * password, lists them and changes their role, institutions and password. Storage is the {@code account} tables of
 * migration V5, through jOOQ without generated code.
 */
public final class AccountService {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{Nd}._-]{1,64}");
    private static final Table<Record> ACCOUNT = DSL.table(DSL.name("account"));
    private static final Table<Record> INSTITUTION = DSL.table(DSL.name("account_institution"));
    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<String> NAME_ = DSL.field(DSL.name("name"), String.class);
    private static final Field<String> NAME_KEY = DSL.field(DSL.name("name_key"), String.class);
    private static final Field<String> ROLE = DSL.field(DSL.name("role"), String.class);
    private static final Field<String> HASH = DSL.field(DSL.name("password_hash"), String.class);
    private static final Field<OffsetDateTime> CREATED = DSL.field(DSL.name("created_at"), OffsetDateTime.class);
    private static final Field<Boolean> DISABLED = DSL.field(DSL.name("disabled"), Boolean.class);
    private static final Field<Long> ACCOUNT_ID = DSL.field(DSL.name("account_id"), Long.class);
    private static final Field<String> INSTITUTION_ = DSL.field(DSL.name("institution"), String.class);

    private final Database database;

    public AccountService(Database database) {
        this.database = database;
    }

    /** One account as the list shows it: the account, when it was created and whether it may sign in. */
    public record Listed(Account account, OffsetDateTime created, boolean disabled) {
    }

    /**
     * Adds an account.
     *
     * @throws UsageException    for a name other than letters, digits, '.', '_' and '-' (1-64), or a short password
     * @throws ConflictException when the name (in any case) is taken
     */
    public Account add(String name, Role role, Set<String> institutions, String password) {
        String checked = checkName(name);
        Passwords.check(password);
        Set<String> assigned = institutions(institutions);
        String hash = Passwords.hash(password);
        return database.inTransaction("cannot add the account " + checked, sql -> {
            if (sql.fetchExists(ACCOUNT, NAME_KEY.eq(key(checked)))) {
                throw new ConflictException("an account named " + checked + " exists already");
            }
            long id = sql.insertInto(ACCOUNT, NAME_, NAME_KEY, ROLE, HASH, CREATED, DISABLED)
                    .values(checked, key(checked), role.name().toLowerCase(Locale.ROOT), hash,
                            OffsetDateTime.now(ZoneOffset.UTC), false)
                    .returningResult(ID).fetchOne(ID);
            storeInstitutions(sql, id, assigned);
            return new Account(id, checked, role, assigned);
        });
    }

    /**
     * The account of a name and password, if they match an account that may sign in. Takes as long for an unknown
     * name as for a wrong password, so that the time does not tell which names exist.
     */
    public Optional<Account> authenticate(String name, String password) {
        if (name == null || password == null || password.length() > Passwords.MAX_LENGTH) {
            Passwords.verify("", null);
            return Optional.empty();
        }
        Record row = database.dsl().select(ID, NAME_, ROLE, HASH, DISABLED).from(ACCOUNT)
                .where(NAME_KEY.eq(key(name.strip()))).fetchOne();
        boolean ok = Passwords.verify(password, row == null ? null : row.get(HASH));
        if (!ok || Boolean.TRUE.equals(row.get(DISABLED))) {
            return Optional.empty();
        }
        return Optional.of(account(row.get(ID), row.get(NAME_), row.get(ROLE)));
    }

    /** The account of a name, if any (disabled ones too). */
    public Optional<Account> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Record row = database.dsl().select(ID, NAME_, ROLE).from(ACCOUNT).where(NAME_KEY.eq(key(name.strip())))
                .fetchOne();
        return row == null ? Optional.empty() : Optional.of(account(row.get(ID), row.get(NAME_), row.get(ROLE)));
    }

    /**
     * The account as stored now, if it exists and is not disabled: what a session's copy is checked against, so that
     * disabling or demoting an account takes effect on its open sessions at their next request.
     */
    public Optional<Account> active(long id) {
        Record row = database.dsl().select(ID, NAME_, ROLE).from(ACCOUNT).where(ID.eq(id))
                .and(DSL.coalesce(DISABLED, false).eq(false)).fetchOne();
        return row == null ? Optional.empty() : Optional.of(account(row.get(ID), row.get(NAME_), row.get(ROLE)));
    }

    /** Every account, by name. */
    public List<Listed> list() {
        DSLContext sql = database.dsl();
        Map<Long, Set<String>> institutions = new LinkedHashMap<>();
        sql.select(ACCOUNT_ID, INSTITUTION_).from(INSTITUTION).orderBy(INSTITUTION_)
                .forEach(r -> institutions.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
        List<Listed> out = new ArrayList<>();
        sql.select(ID, NAME_, ROLE, CREATED, DISABLED).from(ACCOUNT).orderBy(NAME_KEY).forEach(r -> out.add(
                new Listed(new Account(r.get(ID), r.get(NAME_), Role.parse(r.get(ROLE)),
                        institutions.getOrDefault(r.get(ID), Set.of())), r.get(CREATED),
                        Boolean.TRUE.equals(r.get(DISABLED)))));
        return out;
    }

    /** Changes an account's role. */
    public Account setRole(String name, Role role) {
        return update(name, sql -> sql.update(ACCOUNT).set(ROLE, role.name().toLowerCase(Locale.ROOT)));
    }

    /** Replaces the institutions assigned to an account. */
    public Account setInstitutions(String name, Set<String> institutions) {
        Set<String> assigned = institutions(institutions);
        Account account = existing(name);
        database.inTransaction("cannot change the account " + account.name(), sql -> {
            sql.deleteFrom(INSTITUTION).where(ACCOUNT_ID.eq(account.id())).execute();
            storeInstitutions(sql, account.id(), assigned);
            return null;
        });
        return existing(name);
    }

    /** Replaces an account's password. */
    public void setPassword(String name, String password) {
        Passwords.check(password);
        String hash = Passwords.hash(password);
        update(name, sql -> sql.update(ACCOUNT).set(HASH, hash));
    }

    /** Stops (or lets again) an account sign in; sessions open already last until they end or expire. */
    public Account setDisabled(String name, boolean disabled) {
        return update(name, sql -> sql.update(ACCOUNT).set(DISABLED, disabled));
    }

    /** A strong random password, for an account added without one. */
    public static String generatePassword() {
        return Passwords.generate();
    }

    private Account update(String name, java.util.function.Function<DSLContext,
            org.jooq.UpdateSetMoreStep<Record>> change) {
        Account account = existing(name);
        database.inTransaction("cannot change the account " + account.name(),
                sql -> change.apply(sql).where(ID.eq(account.id())).execute());
        return existing(name);
    }

    private Account existing(String name) {
        return find(name).orElseThrow(() -> new UsageException("no account is named " + name));
    }

    private Account account(long id, String name, String role) {
        Set<String> institutions = new TreeSet<>(database.dsl().select(INSTITUTION_).from(INSTITUTION)
                .where(ACCOUNT_ID.eq(id)).fetch(INSTITUTION_));
        return new Account(id, name, Role.parse(role), institutions);
    }

    private static void storeInstitutions(DSLContext sql, long id, Set<String> institutions) {
        for (String institution : institutions) {
            sql.insertInto(INSTITUTION, ACCOUNT_ID, INSTITUTION_).values(id, institution).execute();
        }
    }

    private static String checkName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (!NAME.matcher(stripped).matches()) {
            throw new UsageException("an account name has 1 to 64 letters, digits, '.', '_' or '-', not \""
                    + stripped + "\"");
        }
        return stripped;
    }

    private static Set<String> institutions(Set<String> names) {
        Set<String> out = new TreeSet<>();
        for (String name : names == null ? Set.<String>of() : names) {
            String stripped = name == null ? "" : name.strip();
            if (stripped.isEmpty() || stripped.length() > 200 || stripped.chars().anyMatch(Character::isISOControl)) {
                throw new UsageException("an institution is named by 1 to 200 printable characters");
            }
            out.add(stripped);
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
