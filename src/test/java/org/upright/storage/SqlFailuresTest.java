package org.upright.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.storage.StorageException.Reason;

/** What a driver throws becomes one line naming the reason, whatever the database and however deep the cause. */
class SqlFailuresTest {

    @ParameterizedTest(name = "SQL state {0} is {1}")
    @CsvSource({
        "23505, DUPLICATE", "23502, CONSTRAINT", "23503, CONSTRAINT", "23514, CONSTRAINT",
        "08001, UNREACHABLE", "08006, UNREACHABLE", "57P01, UNREACHABLE", "3D000, UNREACHABLE",
        "28P01, ACCESS_DENIED", "55P03, LOCKED", "40001, CONFLICT", "40P01, CONFLICT",
        "53100, FULL", "53300, FULL", "25006, READ_ONLY", "42601, OTHER"})
    void postgresStatesNameTheirReason(String state, Reason reason) {
        assertThat(SqlFailures.reasonOf(new SQLException("refused", state))).isEqualTo(reason);
    }

    @Test
    void aFullDiskIsFullWhateverTheState() {
        SQLException diskFull = new SQLException("IO Exception: \"No space left on device\"", "HY000");

        assertThat(SqlFailures.reasonOf(diskFull)).isEqualTo(Reason.FULL);
        assertThat(SqlFailures.reasonOf(new IOException("No space left on device"))).isEqualTo(Reason.FULL);
    }

    @Test
    void theReasonIsFoundUnderTheWrappersAndTheMessageIsOneLine() {
        SQLException driver = new SQLException("duplicate key value violates unique constraint \"x\"\n"
                + "  Detail: Key (sha256)=(ab) already exists.", "23505");
        DataAccessException wrapped = new DataAccessException("jOOQ: SQL [insert ...]", new RuntimeException(driver));

        StorageException e = SqlFailures.of("cannot store a.pdf", "jdbc:h2:file:/data/upright", wrapped);

        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE);
        assertThat(e.getMessage()).isEqualTo("cannot store a.pdf: the record exists already in "
                + "jdbc:h2:file:/data/upright (duplicate key value violates unique constraint \"x\" Detail: "
                + "Key (sha256)=(ab) already exists. (SQL state 23505))");
    }

    @Test
    void h2LeavesItsStatementOutOfTheMessage() {
        SQLException h2 = new SQLException("NULL not allowed for column \"text\"; SQL statement:\ninsert into "
                + "statement (text) values (?) [23502-232]", "23502");

        assertThat(SqlFailures.rootMessage(h2)).isEqualTo("NULL not allowed for column \"text\" (SQL state 23502)");
    }

    @Test
    void aStatementQuotedInTheMessageIsCutToOneReadableLine() {
        SQLException syntax = new SQLException("Syntax error in SQL statement \"insert into t values "
                + "(?, ?), ".repeat(5_000) + "\"", "42001");

        String message = SqlFailures.rootMessage(syntax);

        assertThat(message).hasSizeLessThan(400).startsWith("Syntax error in SQL statement")
                .endsWith("\u2026 (SQL state 42001)");
    }
}
