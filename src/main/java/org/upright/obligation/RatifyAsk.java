package org.upright.obligation;

import java.util.List;
import org.upright.common.PartialDate;

/**
 * A recommendation to ratify, accede to or sign an instrument, and whether the registry shows it fulfilled: the State
 * became party in or after the year of the recommendation ({@code fulfilled}), was party already
 * ({@code already-party}) or is not party yet ({@code open}).
 */
public record RatifyAsk(String instrument, String action, String text, List<String> by, String document,
                        String number, Integer year, String position, String fulfilment, PartialDate partySince) {

    public RatifyAsk {
        by = List.copyOf(by);
    }
}
