package org.upright.cli;

import org.upright.ingest.IngestService;
import org.upright.ingest.SearchSync;
import org.upright.obligation.ObligationService;
import org.upright.search.SearchIndex;
import org.upright.obligation.RatificationImport;

/**
 * The services of one command that works on stored data, opened on one database and closed when the command
 * ends. The composition root builds it; the command line only asks for what it needs.
 */
public interface Backend extends AutoCloseable {

    IngestService ingest();

    RatificationImport ratifications();

    ObligationService obligations();

    SearchIndex search();

    SearchSync searchSync();

    /** How many current documents the database holds. */
    int documentCount();

    @Override
    void close();
}
