package org.upright.web;

import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.ingest.IngestService;
import org.upright.ingest.store.DocumentStore;
import org.upright.obligation.ObligationService;
import org.upright.report.CompilationReports;
import org.upright.report.ExportService;
import org.upright.report.NextCycleDrafts;
import org.upright.reference.ReferenceData;
import org.upright.search.SearchIndex;
import org.upright.tracking.TrackingService;

/**
 * The services the web application calls, as the composition root builds them.
 *
 * @param ingest       ingests the documents editors upload (null: uploads are off, answering 503)
 * @param throttle     refuses sign-ins after too many failures
 * @param compilations writes a State's UPR compilation for download
 * @param drafts       writes a State's next-cycle draft for download
 */
public record WebServices(ObligationService obligations, SearchIndex index, DocumentStore store, IngestService ingest,
                          TrackingService tracking, AccountService accounts, LoginThrottle throttle,
                          ExportService exports, CompilationReports compilations, NextCycleDrafts drafts) {

    /** The services without a drafter of their own: one over the same store and obligations (App passes its own). */
    public WebServices(ObligationService obligations, SearchIndex index, DocumentStore store, IngestService ingest,
                       TrackingService tracking, AccountService accounts, LoginThrottle throttle,
                       ExportService exports, CompilationReports compilations) {
        this(obligations, index, store, ingest, tracking, accounts, throttle, exports, compilations,
                store == null || obligations == null ? null
                        : new NextCycleDrafts(store, ReferenceData.load(), obligations));
    }
}
