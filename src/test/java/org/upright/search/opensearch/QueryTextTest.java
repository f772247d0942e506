package org.upright.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.upright.search.QuerySyntaxException;

class QueryTextTest {

    @Test
    void prefixesWildcardsAndFuzzyWordsSearchTheExactWording() {
        assertThat(QueryText.prepare("ratif* AND (torture OR tortue~) AND -migr?nt"))
                .isEqualTo("text.exact:ratif* AND (torture OR text.exact:tortue~) AND -text.exact:migr?nt");
        assertThat(QueryText.prepare("text:ratif*")).isEqualTo("text.exact:ratif*");
    }

    @Test
    void fieldsAndTheirGroupsKeepTheirPatterns() {
        assertThat(QueryText.prepare("speaker:(CA* OR France) \"ratif* phrase\" *"))
                .isEqualTo("speaker:(CA* OR France) \"ratif* phrase\" *");
    }

    @Test
    void slashesArePartOfWordsNotRegularExpressions() {
        assertThat(QueryText.prepare("document:A/HRC/14/10")).isEqualTo("document:A\\/HRC\\/14\\/10");
    }

    @Test
    void unknownFieldsWordRangesAndYearsThatAreNoNumbersAreRefused() {
        assertThatThrownBy(() -> QueryText.prepare("foo:bar")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("unknown field 'foo:'");
        assertThatThrownBy(() -> QueryText.prepare("year:2009s")).hasMessageContaining("year takes a number");
        assertThatThrownBy(() -> QueryText.prepare("year:20*")).hasMessageContaining("year takes a number or a range");
        assertThatThrownBy(() -> QueryText.prepare("[a TO b]")).hasMessageContaining("work on fields");
        assertThat(QueryText.prepare("year:[2004 TO 2008] speaker\\:x")).isEqualTo("year:[2004 TO 2008] speaker\\:x");
    }

    @Test
    void termsAreCountedWithAPhraseOnceAndOperatorsNotAtAll() {
        String hundred = String.join(" AND ", Collections.nCopies(99, "torture")) + " \"" + "word ".repeat(150) + "\"";
        assertThat(QueryText.prepare(hundred)).isEqualTo(hundred);
        assertThatThrownBy(() -> QueryText.prepare(hundred + " OR impunity")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("more than 100 terms");
    }
}
