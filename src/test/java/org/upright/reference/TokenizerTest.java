package org.upright.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void aFootnoteNumberGluedToAWordIsATokenOfItsOwn() {
        Token[] tokens = Tokenizer.tokenize("CEDAW58 noted");

        assertThat(tokens).extracting(Token::text).containsExactly("CEDAW", "58", "noted");
        assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.WORD);
        assertThat(tokens[1].gap()).isEqualTo(Token.Gap.NONE);
    }

    @Test
    void spacesAndHyphensSeparateTokensWithoutBeingTokens() {
        Token[] tokens = Tokenizer.tokenize("ICCPR-OP 2.12");

        assertThat(tokens).extracting(Token::text).containsExactly("ICCPR", "OP", "2", ".", "12");
        assertThat(tokens).extracting(Token::gap).containsExactly(
                Token.Gap.NONE, Token.Gap.HYPHEN, Token.Gap.SPACE, Token.Gap.NONE, Token.Gap.NONE);
    }

    @Test
    void spansAreOffsetsIntoTheOriginalText() {
        String text = "the High\n  Commissioner";
        Token[] tokens = Tokenizer.tokenize(text);

        assertThat(text.substring(tokens[2].start(), tokens[2].end())).isEqualTo("Commissioner");
        assertThat(tokens[2].gap()).isEqualTo(Token.Gap.LINE_BREAK);
    }

    @Test
    void keysIgnoreCaseAccentsAndTheShapeOfApostrophes() {
        assertThat(Tokenizer.key("Côte d’Ivoire")).isEqualTo(Tokenizer.key("COTE D'IVOIRE")).isEqualTo("cote d ' ivoire");
        assertThat(Tokenizer.key("Türkiye")).isEqualTo("turkiye");
    }

    @Test
    void decomposedAccentsStayInsideTheirWord() {
        Token[] tokens = Tokenizer.tokenize("Co\u0302te");

        assertThat(tokens).hasSize(1);
        assertThat(tokens[0].key()).isEqualTo("cote");
    }
}
