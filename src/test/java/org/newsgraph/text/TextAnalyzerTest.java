package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.tokenize.TokenizerME;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void rememberedWordSplitsGiveExactlyTheTokenizersTokens() throws IOException {
        TokenizerME plain = new TokenizerME(TextAnalyzer.Models.TOKENS);
        TextAnalyzer.WordSplitter remembering = new TextAnalyzer.WordSplitter();
        List<String> lines;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            lines = files.filter(p -> p.toString().endsWith(".txt")).sorted().flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertTrue(lines.size() > 500, "the corpus has lines to tokenise: " + lines.size());
        int words = 0;
        for (int pass = 0; pass < 2; pass++) {   // the second pass reads every word from memory
            for (String line : lines) {
                assertEquals(Arrays.asList(plain.tokenizePos(line)), remembering.tokenizePos(line), line);
                words += line.split("\\s+").length;
            }
        }
        assertTrue(words > 10_000, "words compared: " + words);
    }

    @Test
    void aRelatedLinkLabelIsFurnitureButItsHeadlineIsText() {
        String text = "First line.\nREAD MORE: Ana Gil named finance minister of Spain\nRELATED\nLast line.\n";
        List<Sentence> s = analyzer.analyze(text);
        assertTrue(s.stream().anyMatch(x -> x.text().equals("Ana Gil named finance minister of Spain")), s.toString());
        assertFalse(s.stream().anyMatch(x -> x.text().contains("READ") || x.text().contains("RELATED")), s.toString());
    }

    @Test
    void honorificsAndAbbreviationsDoNotEndSentences() {
        List<Sentence> s = analyzer.analyze("Mr Rutte met the U.S. envoy in Brussels. Then he left.");
        assertEquals(2, s.size(), s.toString());
        assertTrue(s.get(0).text().contains("U.S. envoy"));
    }

    @Test
    void aQuotationSpanningSentencesStaysWithItsAttribution() {
        List<Sentence> s = analyzer.analyze("“This war is bigger than Ukraine. It is about the rule of law,” Mr Rutte said.");
        assertEquals(1, s.size(), s.toString());
        assertEquals(1, s.get(0).quotes().size());
        assertEquals("This war is bigger than Ukraine. It is about the rule of law", s.get(0).quotes().get(0).text());
    }

    @Test
    void galleryMarkersAndPhotoCreditsAreMaskedButOffsetsHold() {
        String text = "First line.\nopen image in gallery Romanian president Klaus Iohannis withdrew ( Copyright 2024 The Associated Press. All rights reserved. )\n";
        List<Sentence> s = analyzer.analyze(text);
        assertEquals(2, s.size(), s.toString());
        Sentence caption = s.get(1);
        assertEquals("Romanian president Klaus Iohannis withdrew", caption.text());
        assertEquals(caption.text(), text.substring(caption.start(), caption.end()));
        assertFalse(caption.tokens().stream().anyMatch(t -> t.text().equals("Copyright")));
    }

    @Test
    void furnitureLinesYieldNoSentence() {
        List<Sentence> s = analyzer.analyze("ADVERTISEMENT\nShare\nLoading…\nThe summit opened on Monday.");
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void possessivesAndNegationsAreSplit() {
        List<Token> t = analyzer.analyze("Norway’s leader won’t go.").get(0).tokens();
        // tokens carry plain apostrophes (the typographic ones are normalised one for one, offsets hold)
        assertEquals(List.of("Norway", "'s", "leader", "wo", "n't", "go", "."), t.stream().map(Token::text).toList());
    }

    @Test
    void paragraphsAreNotJoined() {
        assertEquals(2, analyzer.analyze("A headline without a full stop\nThe story begins here.").size());
    }

    @Test
    void abbreviatedTitlesDoNotEndSentencesAndHyphenatedNamesSplit() {
        List<Sentence> s = analyzer.analyze("The Senate elected Sen. Grace Lacson-Tan on Monday.");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).tokens().stream().map(Token::text).toList().containsAll(List.of("Lacson", "-", "Tan")));
    }
}
