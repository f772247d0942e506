package org.upright.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;

/**
 * Argon2id hashes of passwords (password4j), in the PHC string format that keeps salt and parameters beside the hash,
 * so that stronger parameters later still verify the hashes stored before. Parameters: docs/decisions/0009.
 */
final class Passwords {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    /** OWASP's first Argon2id profile: 19 MiB, 2 passes, 1 lane, a 32-byte hash and a 16-byte random salt. */
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private static final int SALT_BYTES = 16;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified when the name is unknown, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY = hash("not a password of anyone: " + RANDOM.nextLong());

    private Passwords() {
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
    }

    /** Whether the password matches the stored hash; {@code null} (no such account) checks a dummy and fails. */
    static boolean verify(String password, String stored) {
        String hash = stored == null ? DUMMY : stored;
        boolean ok;
        try {
            ok = Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            // a damaged stored hash refuses the sign-in rather than failing it
            ok = false;
        }
        return ok && stored != null;
    }

    /** Refuses a password too short or too long to be worth hashing (the limit on length keeps hashing cheap). */
    static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new org.upright.common.UsageException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new org.upright.common.UsageException("a password may have at most " + MAX_LENGTH + " characters");
        }
    }

    /** A random password of 20 letters and digits (about 116 bits), without look-alikes such as l, 1, O and 0. */
    static String generate() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
