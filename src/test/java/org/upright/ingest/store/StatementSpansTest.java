package org.upright.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.Statement;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** A stored statement knows where it stands in its paragraph, so that a page can highlight the very sentence. */
class StatementSpansTest {

    @OnBothDatabases
    void everyStatementOfTheSamplesHighlightsItsOwnTextInItsParagraph(Database database) {
        DocumentStore store = new DocumentStore(database);
        for (String sample : List.of(Samples.KAZ_COMPILATION, Samples.SVN_CYCLE3_COMPILATION)) {
            store.store(Samples.file(sample), Samples.extracted(sample));
        }

        // the span cut out of the paragraph by the database itself, as a query for a page would
        Result<Record> statements = database.dsl().fetch("""
                SELECT s.text AS statement_text, s.page AS statement_page, p.page AS paragraph_page,
                       substring(p.text FROM s.text_start + 1 FOR s.text_end - s.text_start) AS highlighted
                FROM statement s JOIN paragraph p ON p.id = s.paragraph_id""");

        assertThat(statements).hasSizeGreaterThan(300);
        for (Record r : statements) {
            assertThat(r.get("highlighted", String.class)).isEqualTo(r.get("statement_text", String.class));
            assertThat(r.get("statement_page", Integer.class)).isEqualTo(r.get("paragraph_page", Integer.class));
        }
    }

    @OnBothDatabases
    void theStatementsOfAParagraphFollowEachOtherWithOneSpaceBetween(Database database) {
        DocumentStore store = new DocumentStore(database);
        store.store(Samples.file(Samples.KAZ_COMPILATION), Samples.extracted(Samples.KAZ_COMPILATION));

        Result<Record> spans = database.dsl().fetch("""
                SELECT s.paragraph_id, s.text_start, s.text_end, char_length(p.text) AS paragraph_length
                FROM statement s JOIN paragraph p ON p.id = s.paragraph_id ORDER BY s.ordinal""");

        Long paragraph = null;
        int end = 0;
        int length = 0;
        for (Record r : spans) {
            boolean first = !r.get("paragraph_id", Long.class).equals(paragraph);
            if (first && paragraph != null) {
                assertThat(end).as("the last statement ends the paragraph").isEqualTo(length);
            }
            assertThat(r.get("text_start", Integer.class)).isEqualTo(first ? 0 : end + 1);
            paragraph = r.get("paragraph_id", Long.class);
            end = r.get("text_end", Integer.class);
            length = r.get("paragraph_length", Integer.class);
        }
        assertThat(end).isEqualTo(length);
        assertThat(spans).isNotEmpty();
    }

    @Test
    void aRepeatedSentenceIsFoundWhereItsTurnComes() {
        String text = "Noted. Welcomed. Noted.";
        List<StatementSpans.Span> spans = StatementSpans.locate(text,
                List.of(statement("Noted."), statement("Welcomed."), statement("Noted.")));

        assertThat(spans).containsExactly(new StatementSpans.Span(0, 6), new StatementSpans.Span(7, 16),
                new StatementSpans.Span(17, 23));
    }

    @Test
    void aStatementNotInItsParagraphHasNoSpanAndTheNextIsStillFound() {
        String text = "CAT was concerned. CRC recommended.";
        List<StatementSpans.Span> spans = StatementSpans.locate(text,
                List.of(statement("Something else."), statement("CRC recommended."), statement(null)));

        assertThat(spans).containsExactly(null, new StatementSpans.Span(19, 35), null);
    }

    private static Statement statement(String text) {
        return new Statement(text, List.of(), null, null, null, List.of());
    }
}
