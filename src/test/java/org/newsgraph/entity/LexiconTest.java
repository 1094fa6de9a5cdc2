package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.text.Token;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.bundled();

    @Test
    void aTokenIsInTheClassesOfItsWordAndNoOthers() {
        Token former = new Token("Former", 0, 6);
        assertTrue(lexicon.is("modifier-former", former));
        assertFalse(lexicon.is("pronoun-male", former));
        assertFalse(lexicon.is("no-such-class", former));
        // asked again, from the token's memo: the same answers
        assertTrue(lexicon.is("modifier-former", former));
        assertFalse(lexicon.is("pronoun-male", former));
    }

    @Test
    void tokenAndWordQuestionsAgreeForEveryWordOfEveryClass() {
        List<String> classes = List.of("honorific", "pronoun-male", "pronoun-female", "modifier-former", "month",
                "organization-word", "speech-verb", "preposition");
        for (String c : classes) {
            for (String w : lexicon.words(c)) {
                Token t = new Token(w, 0, w.length());
                for (String other : classes) {
                    assertEquals(lexicon.is(other, w), lexicon.is(other, t), c + " word '" + w + "' asked for " + other);
                    assertEquals(lexicon.words(other).contains(w), lexicon.is(other, t), "'" + w + "' in " + other);
                }
            }
        }
    }

    @Test
    void aTokenRemembersEachOwnersAnswerApart() {
        Token t = new Token("minister", 0, 8);
        Object other = new Object();
        t.memo(other, "something else");
        assertFalse(lexicon.is("pronoun-male", t));
        assertTrue(lexicon.is("office-noun", t) || !lexicon.is("office-noun", "minister"), "the lexicon's own answer");
        assertEquals("something else", t.memo(other), "the lexicon's answer stands beside the other owner's");
        t.memo(other, "again");
        assertEquals("again", t.memo(other));
        assertFalse(lexicon.is("pronoun-male", t), "the lexicon's answer is still its own");
    }

    @Test
    void aFourthOwnerTakesTheFirstSlot() {
        Token t = new Token("minister", 0, 8);
        Object[] owners = {new Object(), new Object(), new Object(), new Object()};
        for (int i = 0; i < owners.length; i++) {
            t.memo(owners[i], i);
        }
        assertEquals(null, t.memo(owners[0]), "three slots: the fourth owner replaced the first");
        assertEquals(1, t.memo(owners[1]));
        assertEquals(2, t.memo(owners[2]));
        assertEquals(3, t.memo(owners[3]));
    }
}
