package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

class FlagsTest {

    @Test
    void eachFlagHasABitOfItsOwn() {
        long seen = 0;
        for (String f : Flags.all()) {
            long b = Flags.bit(f);
            assertEquals(1, Long.bitCount(b), f);
            assertEquals(0, seen & b, f + " shares a bit");
            seen |= b;
            assertEquals(Set.of(f), Flags.names(b));
        }
        assertEquals(Flags.all(), Flags.names(Flags.bits(Flags.all())));
        assertEquals(0, Flags.bits(List.of()));
    }

    @Test
    void everyFormAndStatusIsAFlag() {
        for (Mention.Form f : Mention.Form.values()) {
            assertTrue(Flags.all().contains(f.name().toLowerCase(Locale.ROOT)), f.name());
        }
        for (Mention.Status s : Mention.Status.values()) {
            assertTrue(Flags.all().contains(s.name().toLowerCase(Locale.ROOT)), s.name());
        }
    }

    @Test
    void anUnknownFlagNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Flags.bit("formr"));
        assertTrue(e.getMessage().contains("'formr'") && e.getMessage().contains("former, governed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Flags.bits(List.of("poss", "Poss")));
    }

    @Test
    void aMentionCarriesItsFormStatusAndFlags() {
        Sentence s = new Sentence(0, 0, 5, "Dutch", List.of(new Token("Dutch", 0, 5)), List.of());
        Mention m = new Mention(s, 0, 1, EntityType.PERSON, Mention.Form.NAME);
        assertEquals(Set.of("name"), m.flags());
        assertFalse(m.has("poss"));
        m.flag("poss");
        m.flag("poss");
        assertTrue(m.has("poss") && m.has("name"));
        assertEquals(Set.of("name", "poss"), m.flags());
        assertEquals(Flags.bit("name") | Flags.bit("poss"), m.flagBits());
        Mention office = new Mention(s, 0, 1, EntityType.OFFICE, Mention.Form.TITLE);
        office.setOffice(null, null, Mention.Status.FORMER);
        m.attachOffice(office);
        assertEquals(Set.of("former", "name", "poss", "titled"), m.flags());
        assertNotEquals(0, m.flagBits() & Flags.bit("titled"));
        assertThrows(IllegalArgumentException.class, () -> m.has("formr"));
    }
}
