package org.upright.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.upright.ingest.ExchangeJson;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** What is stored comes back as it was extracted: the exchange JSON of a stored document equals the extraction's. */
class DocumentRoundTripTest {

    @OnBothDatabases
    void theKazakhstanCompilationComesBackWithItsTablesAndStatements(Database database) {
        roundTrip(database, Samples.KAZ_COMPILATION);
    }

    @OnBothDatabases
    void aWorkingGroupReportComesBackWithItsRecommendations(Database database) {
        roundTrip(database, Samples.SVN_WORKING_GROUP_REPORT);
    }

    @OnBothDatabases
    void theSloveniaCycle3CompilationComesBackWithItsEndnotes(Database database) {
        roundTrip(database, Samples.SVN_CYCLE3_COMPILATION);
    }

    @OnBothDatabases
    void everySampleDocumentComesBackAsExtracted(Database database) {
        DocumentStore store = new DocumentStore(database);
        for (String sample : Samples.all()) {
            ExtractedDocument extracted = Samples.extracted(sample);
            long id = store.store(Samples.file(sample), extracted).documentId();
            assertThat(ExchangeJson.pretty(store.load(id))).as(sample).isEqualTo(ExchangeJson.pretty(extracted));
        }
    }

    private static void roundTrip(Database database, String sample) {
        DocumentStore store = new DocumentStore(database);
        ExtractedDocument extracted = Samples.extracted(sample);
        StoreOutcome outcome = store.store(Samples.file(sample), extracted);

        ExtractedDocument loaded = store.load(outcome.documentId());

        assertThat(ExchangeJson.pretty(loaded)).isEqualTo(ExchangeJson.pretty(extracted));
        assertThat(loaded).isEqualTo(extracted);
    }
}
