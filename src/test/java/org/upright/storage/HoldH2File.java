package org.upright.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Another program holding an H2 database file, as a second tool would: opened embedded, without the automatic
 * server that lets Upright's processes share a file. Prints "holding" and waits to be killed.
 */
public final class HoldH2File {
    static final String HOLDING = "holding";

    private HoldH2File() {
    }

    /** Argument: the JDBC URL of the file, with Upright's settings but without the automatic server. */
    public static void main(String[] args) throws SQLException, InterruptedException {
        try (Connection held = DriverManager.getConnection(args[0], "sa", "")) {
            System.out.println(HOLDING + " " + held.getMetaData().getURL());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
