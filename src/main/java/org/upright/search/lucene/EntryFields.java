package org.upright.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.upright.search.IndexEntry;
import org.upright.search.SearchHit;

/**
 * How an {@link IndexEntry} is laid out in Lucene and read back as a {@link SearchHit}: the field names users type
 * ({@code speaker:CAT}) are the index's own, so queries, filters and facets need no mapping.
 */
final class EntryFields {
    static final String ID = "id";
    static final String DOCUMENT_ID = "docid";
    static final String TEXT = "text";
    static final String EXACT = "exact";
    static final String YEAR = "year";
    static final String TYPE = "type";
    static final String COUNTRY = "country";
    static final String SPEAKER = "speaker";
    static final String MECHANISM = "mechanism";
    static final String KIND = "kind";
    static final String THEME = "theme";
    static final String PERSON = "person";
    static final String SDG = "sdg";
    static final String DOCUMENT = "document";
    static final String POSITION = "position";
    static final String TRACKING = "tracking";
    private static final String PARAGRAPH = "paragraph";
    private static final String NUMBER = "number";

    /** Whole-value fields, matched case-insensitively. */
    static final List<String> KEYWORDS = List.of(TYPE, COUNTRY, SPEAKER, MECHANISM, KIND, THEME, PERSON, SDG,
            DOCUMENT, POSITION, TRACKING);
    /** The fields a query or a filter may name. */
    static final Set<String> SEARCHABLE = Set.of(TEXT, YEAR, TYPE, COUNTRY, SPEAKER, MECHANISM, KIND, THEME, PERSON,
            SDG, DOCUMENT, POSITION, TRACKING);
    /** The fields counted for facets, in the order results list them. */
    static final List<String> FACETS = List.of(SPEAKER, YEAR, KIND, COUNTRY, THEME, MECHANISM, PERSON, SDG, POSITION,
            TYPE, TRACKING);
    static final FacetsConfig FACETS_CONFIG = facetsConfig();

    /** Tokenized by {@link Analysis#KEYWORD} into one lower-cased term, like the query parser does with values. */
    private static final FieldType KEYWORD_TYPE = keywordType();

    private EntryFields() {
    }

    static Term documentTerm(long documentId) {
        return new Term(DOCUMENT_ID, Long.toString(documentId));
    }

    /** The term a filter value matches: the value as {@link Analysis#KEYWORD} indexes it. */
    static BytesRef keywordTerm(String field, String value) {
        return Analysis.KEYWORD.normalize(field, value);
    }

    static Document document(long documentId, IndexEntry entry) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
        doc.add(new StringField(DOCUMENT_ID, Long.toString(documentId), Field.Store.NO));
        doc.add(new NumericDocValuesField(DOCUMENT_ID, documentId));
        doc.add(new TextField(TEXT, entry.text(), Field.Store.YES));
        doc.add(new TextField(EXACT, entry.text(), Field.Store.NO));
        if (entry.year() != null) {
            doc.add(new IntField(YEAR, entry.year(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(YEAR, entry.year().toString()));
        }
        keyword(doc, TYPE, List.of(entry.type()), true);
        keyword(doc, COUNTRY, single(entry.country()), true);
        keyword(doc, SPEAKER, entry.speakers(), true);
        keyword(doc, KIND, single(entry.kind()), true);
        keyword(doc, DOCUMENT, single(entry.symbol()), true);
        keyword(doc, MECHANISM, entry.mechanismTypes(), false);
        keyword(doc, THEME, entry.themes(), false);
        keyword(doc, PERSON, entry.affectedPersons(), false);
        keyword(doc, SDG, entry.sdgs(), false);
        keyword(doc, POSITION, single(entry.position()), false);
        keyword(doc, TRACKING, single(entry.trackingStatus()), false);
        if (entry.paragraph() != null) {
            doc.add(new StoredField(PARAGRAPH, entry.paragraph()));
        }
        if (entry.number() != null) {
            doc.add(new StoredField(NUMBER, entry.number()));
        }
        return FACETS_CONFIG.build(doc);
    }

    static SearchHit hit(Document doc, float score, String highlight) {
        return new SearchHit(doc.get(ID), doc.get(TYPE), doc.get(TEXT), highlight, doc.get(COUNTRY),
                List.of(doc.getValues(SPEAKER)), integer(doc, YEAR), doc.get(KIND), doc.get(DOCUMENT),
                integer(doc, PARAGRAPH), doc.get(NUMBER), score);
    }

    /** The hits of a page, with their highlights if any. */
    static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, String[] highlights) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored.document(page[i].doc), page[i].score, highlights == null ? null : highlights[i]));
        }
        return hits;
    }

    private static void keyword(Document doc, String field, List<String> values, boolean stored) {
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            doc.add(new Field(field, value, KEYWORD_TYPE));
            if (stored) {
                doc.add(new StoredField(field, value));
            }
            if (FACETS.contains(field)) {
                doc.add(new SortedSetDocValuesFacetField(field, value));
            }
        }
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static Integer integer(Document doc, String field) {
        IndexableField value = doc.getField(field);
        return value == null || value.numericValue() == null ? null : value.numericValue().intValue();
    }

    private static FieldType keywordType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String multi : List.of(SPEAKER, MECHANISM, THEME, PERSON, SDG)) {
            config.setMultiValued(multi, true);
        }
        return config;
    }
}
