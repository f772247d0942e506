package org.upright.reference;

/** The public facts Upright ships in its resources: countries, instruments, mechanisms and UPR sessions. */
public record ReferenceData(Countries countries, Instruments instruments, Mechanisms mechanisms, UprSessions sessions) {

    /** Loads every reference table from the classpath; each is read once per JVM and shared, being immutable. */
    public static ReferenceData load() {
        return new ReferenceData(Countries.load(), Instruments.load(), Mechanisms.load(), UprSessions.load());
    }
}
