package org.upright.obligation;

import java.util.Locale;

/** Where a State's reporting to one treaty body stands, in the words of the UPR compilations' reporting tables. */
public enum ReportingStatus {
    /** The next report is due on the status date, which has not passed. */
    DUE,
    /** The report due on the status date has not been received. */
    OVERDUE,
    /** A report was received on the status date and awaits consideration. */
    RECEIVED,
    /** Information is to be included in another report, due on the status date. */
    INCLUDED_IN_NEXT;

    /** "due", "overdue", "received", "included-in-next": the exchange format's words. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
