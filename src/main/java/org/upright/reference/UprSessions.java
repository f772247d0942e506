package org.upright.reference;

import java.util.OptionalInt;

/** STUB: UPR Working Group sessions, their years and cycles. */
public final class UprSessions {
    public static UprSessions load() { return new UprSessions(); }
    public OptionalInt year(int session) { return OptionalInt.empty(); }
    public OptionalInt cycle(int session) { return OptionalInt.empty(); }
}
