package org.upright.search.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index: English stemming for words, the unstemmed forms for "exact phrases", lower-cased
 * whole values for the keyword fields. Analyzers are thread-safe, so one set serves every index in the JVM.
 */
final class Analysis {
    /** "tortured" → tortur, stop words dropped (their positions kept, so phrases still line up). */
    static final Analyzer STEMMED = new EnglishAnalyzer();
    /** The words as written, lower-cased, possessives dropped: what quoted phrases and prefixes match. */
    static final Analyzer EXACT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    };
    /** A whole value ("SR-torture", "A/HRC/14/10") as one lower-cased term, so speaker:cat finds CAT. */
    static final Analyzer KEYWORD = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    };
    /**
     * Both forms of each word at one position, for the highlighter only: one re-analysis of the text then marks
     * stemmed words and exact phrases alike.
     */
    static final Analyzer HIGHLIGHT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream both = new KeywordRepeatFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(new PorterStemFilter(both)));
        }
    };
    /** Indexing and query parsing: each field with its analyzer, {@link #STEMMED} for the text. */
    static final Analyzer PER_FIELD = perField();

    private Analysis() {
    }

    private static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        byField.put(EntryFields.EXACT, EXACT);
        for (String field : EntryFields.KEYWORDS) {
            byField.put(field, KEYWORD);
        }
        return new PerFieldAnalyzerWrapper(STEMMED, byField);
    }
}
