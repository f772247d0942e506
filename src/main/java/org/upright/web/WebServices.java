package org.upright.web;

import java.util.List;
import java.util.Map;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.classify.Concept;
import org.upright.classify.Family;
import org.upright.classify.LabelService;
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
 * @param labels       the entries' themes, affected persons and SDGs and their review (null: labels are off, the
 *                     entry pages leave the panel out and the label routes answer 503)
 * @param concepts     the taxonomy's concepts per family, which the "add a label" forms offer
 */
public record WebServices(ObligationService obligations, SearchIndex index, DocumentStore store, IngestService ingest,
                          TrackingService tracking, AccountService accounts, LoginThrottle throttle,
                          ExportService exports, CompilationReports compilations, NextCycleDrafts drafts,
                          LabelService labels, Map<Family, List<Concept>> concepts) {
    public WebServices {
        concepts = concepts == null ? Map.of() : concepts.entrySet().stream().collect(
                java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /**
     * The services without labels and without a drafter of their own (tools and tests that do not classify): a
     * drafter over the same store and obligations.
     */
    public WebServices(ObligationService obligations, SearchIndex index, DocumentStore store, IngestService ingest,
                       TrackingService tracking, AccountService accounts, LoginThrottle throttle,
                       ExportService exports, CompilationReports compilations) {
        this(obligations, index, store, ingest, tracking, accounts, throttle, exports, compilations,
                store == null || obligations == null ? null
                        : new NextCycleDrafts(store, ReferenceData.load(), obligations), null, Map.of());
    }
}
