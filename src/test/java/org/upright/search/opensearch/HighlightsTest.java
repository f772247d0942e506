package org.upright.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    private static final String TEXT = "Torture & <b>migrant</b> workers' rights";

    @Test
    void theMarksOfBothFieldsAreJoinedAndTheTextEscapedOnce() {
        String stemmed = "<mark>Torture</mark> &amp; &lt;b&gt;migrant&lt;&#x2F;b&gt; workers&#x27; rights";
        String exact = "Torture &amp; &lt;b&gt;<mark>migrant</mark>&lt;&#x2F;b&gt; <mark>workers</mark>&#x27; rights";

        assertThat(Highlights.merge(TEXT, List.of(stemmed, exact))).isEqualTo("<mark>Torture</mark> &amp; "
                + "&lt;b&gt;<mark>migrant</mark>&lt;&#x2F;b&gt; <mark>workers</mark>&#x27; rights");
    }

    @Test
    void aHighlightOfAnotherTextMarksNothing() {
        assertThat(Highlights.merge(TEXT, List.of("<mark>Other</mark> text")))
                .isEqualTo("Torture &amp; &lt;b&gt;migrant&lt;&#x2F;b&gt; workers&#x27; rights");
    }
}
