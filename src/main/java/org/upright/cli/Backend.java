package org.upright.cli;

import org.upright.account.AccountService;
import org.upright.classify.LabelService;
import org.upright.common.UprightException;
import org.upright.ingest.IngestService;
import org.upright.ingest.SearchSync;
import org.upright.obligation.ObligationService;
import org.upright.search.SearchIndex;
import org.upright.obligation.RatificationImport;
import org.upright.report.CompilationReports;
import org.upright.report.NextCycleDrafts;
import org.upright.report.ExportService;

/**
 * The services of one command that works on stored data, opened on one database and closed when the command
 * ends. The composition root builds it; the command line only asks for what it needs.
 */
public interface Backend extends AutoCloseable {
    /**
     * The classifier model a data directory may hold ({@code upright train --with-corrections -o DATA/classifier.bin}):
     * its app suggests labels with it instead of the model the build ships.
     */
    String MODEL_FILE = "classifier.bin";


    IngestService ingest();

    RatificationImport ratifications();

    ObligationService obligations();

    SearchIndex search();

    SearchSync searchSync();

    /** Exports of a State's statements and recommendations. */
    ExportService exports();

    /** The accounts that sign in to the web application. */
    AccountService accounts();

    /** A State's stored UPR compilation written back out as a report. */
    CompilationReports compilations();

    /** A State's recommendations charted as a report. */
    org.upright.report.ChartReports charts();

    /** Drafts a State's next UPR compilation from the record. */
    NextCycleDrafts drafts();

    /**
     * The labels of statements and recommendations: suggestions, the review queue, corrections for training. A
     * backend built without the classifier has none, and says so in one line.
     */
    default LabelService labels() {
        throw new UprightException("this build of Upright has no classifier, so it keeps no labels");
    }

    /** How many current documents the database holds. */
    int documentCount();

    /**
     * Starts the web application on the port (0: any free one) over these services and returns at once; with
     * {@code publicView} false only signed-in accounts read anything.
     *
     * @throws org.upright.common.UprightException when the port is taken
     */
    Server serve(String host, int port, boolean publicView);

    /** A running web server, as the command line sees it. */
    interface Server {
        /** The port it listens on. */
        int port();

        /** Stops serving. */
        void stop();
    }

    @Override
    void close();
}
