package org.upright.obligation;

import java.util.List;
import org.upright.common.PartialDate;

/**
 * A core instrument as a State stands to it on a date: party or not (and how), since when, signed when,
 * reservations and declarations as printed, each optional procedure accepted or not, and every source that spoke.
 */
public record InstrumentStatus(String instrument, String name, Participation participation, PartialDate date,
                               PartialDate signed, String declarations, List<ProcedureStatus> procedures,
                               List<Source> sources) {

    public InstrumentStatus {
        procedures = List.copyOf(procedures);
        sources = List.copyOf(sources);
    }
}
