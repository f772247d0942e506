package org.upright.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Record;

/** The one set of migrations builds the same schema on H2 and PostgreSQL, with provenance and lookup indexes. */
class SchemaTest {
    /** Tables of facts extracted from a document: each must say where it came from. */
    private static final List<String> FACT_TABLES = List.of("section", "paragraph", "statement", "ratification",
            "not_party", "other_instrument_status", "treaty_status", "reporting_status",
            "special_procedure_cooperation", "special_procedure_visit", "special_procedure_planned_visit",
            "special_procedure_note", "special_procedure_communications", "special_procedure_questionnaires",
            "endnote", "recommendation");

    @OnBothDatabases
    void theDatabaseIsTheOneTheTestIsFor(Database database, Backend backend) {
        assertThat(database.postgres()).isEqualTo(backend == Backend.POSTGRESQL);
        String product = database.dsl().connectionResult(c -> c.getMetaData().getDatabaseProductName());
        assertThat(product).isEqualTo(backend == Backend.POSTGRESQL ? "PostgreSQL" : "H2");
    }

    @OnBothDatabases
    void everyFactKeepsItsDocumentAndPage(Database database) {
        for (String table : FACT_TABLES) {
            assertThat(columns(database, table)).as(table).contains("document_id", "page");
        }
        assertThat(columns(database, "statement")).contains("paragraph_id", "text_start", "text_end");
    }

    @OnBothDatabases
    void theObviousLookupsHaveIndexes(Database database, Backend backend) {
        String query = backend == Backend.POSTGRESQL
                ? "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
                : "SELECT index_name FROM information_schema.indexes WHERE table_schema = 'public'";
        Set<String> indexes = new TreeSet<>();
        database.dsl().fetch(query).forEach(r -> indexes.add(r.get(0, String.class).toLowerCase()));

        for (String index : List.of("document_content_once", "document_by_symbol", "document_version_once",
                "paragraph_order", "statement_order", "statement_by_speaker", "recommendation_order",
                "recommendation_by_state", "endnote_by_symbol", "ratification_fact_once")) {
            assertThat(indexes).as(index).anyMatch(name -> name.startsWith(index));
        }
    }

    private static Set<String> columns(Database database, String table) {
        Set<String> columns = new TreeSet<>();
        for (Record r : database.dsl().fetch("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ?", table)) {
            columns.add(r.get(0, String.class));
        }
        return columns;
    }
}
