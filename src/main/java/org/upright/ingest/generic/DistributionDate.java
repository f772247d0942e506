package org.upright.ingest.generic;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.PartialDate;

/** The date a UN document was distributed, printed on its first page under "Distr.: General". */
public final class DistributionDate {
    private static final Pattern DISTRIBUTED = Pattern.compile("(?i)Distr\\.");

    private DistributionDate() {
    }

    /** The first full date after "Distr." on the first page. */
    public static Optional<PartialDate> of(String firstPage) {
        Matcher m = DISTRIBUTED.matcher(firstPage);
        if (!m.find()) {
            return Optional.empty();
        }
        return PartialDate.findAll(firstPage.substring(m.end())).stream().filter(d -> d.day() > 0).findFirst();
    }
}
