package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Quotations in curly single marks ({@link SingleQuotes}) and quotations split by their attribution ({@link SplitQuote}). */
class QuoteMarksTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    /** The texts of the quotations of the text, in order (a part joined to the one before it is ""). */
    private List<String> quotes(String text) {
        return analyzer.analyze(text).stream().flatMap(s -> s.quotes().stream()).map(Quote::text).toList();
    }

    @Test
    void curlySingleMarksQuote() {
        assertEquals(List.of("We will not give up"), quotes("‘We will not give up,’ Anna Weber said."));
        assertEquals(List.of("We don’t give up"), quotes("‘We don’t give up,’ Anna Weber said."));
        assertEquals(List.of("Kyiv’s army will hold the line"), quotes("She said ‘Kyiv’s army will hold the line’ and left."));
    }

    @Test
    void apostrophesAndPhrasesSetOffAreNoQuotations() {
        assertEquals(List.of(), quotes("Anna Weber’s aides met the leaders’ envoys in Kyiv."));
        assertEquals(List.of(), quotes("Demir says she will run for CHP chair, calls for ‘new generation’"));
        assertEquals(List.of(), quotes("The ministers’ ‘informal’ talks went on."));
    }

    @Test
    void singleMarksInsideADoubleQuotationStayInside() {
        assertEquals(List.of("She told me ‘never again, never’ and left."),
                quotes("“She told me ‘never again, never’ and left.” Anna Weber said."));
    }

    @Test
    void aQuotationSplitByItsAttributionIsOne() {
        assertEquals(List.of("We will not give up.", ""), quotes("\"We,\" Anna Weber said, \"will not give up.\""));
        assertEquals(List.of("Our country will not give up.", ""), quotes("“Our country,” said Anna Weber, “will not give up.”"));
        assertEquals(List.of("We will not give up and we will win.", ""),
                quotes("\"We will not give up,\" Anna Weber said, \"and we will win.\""));
    }

    @Test
    void twoQuotationsStayTwo() {
        assertEquals(List.of("We will not give up.", "Nobody will."),
                quotes("\"We will not give up.\" Anna Weber said, \"Nobody will.\""));
        assertEquals(List.of("We will not give up", "And we will win."),
                quotes("\"We will not give up,\" Anna Weber said. \"And we will win.\""));
    }
}
