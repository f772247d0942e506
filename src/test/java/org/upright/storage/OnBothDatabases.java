package org.upright.storage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test twice, on a fresh H2 database in a temporary data directory and on a fresh database of a real
 * PostgreSQL server (one embedded server per test class). The test may take a {@link Database} (opened, closed
 * after the test), the {@link DatabaseConfig} of the same fresh database, and the {@link Backend}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
public @interface OnBothDatabases {
}
