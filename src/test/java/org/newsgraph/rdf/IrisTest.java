package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IrisTest {

    @ParameterizedTest
    @ValueSource(strings = {"Viktor Orbán", "O'Brien \"Zed\"", "<b>Pop</b>", "100% sure", "Zoë 🎉", "習近平", "   ", "---",
        "a/b?c#d", "Łukasz Żółć"})
    void mintedIrisAreAlwaysValid(String name) {
        String iri = new Iris(NG.DEFAULT_BASE).mint("person", name);
        assertTrue(IRIs.check(iri), iri);
        assertTrue(iri.startsWith(NG.DEFAULT_BASE + "person/"), iri);
        assertTrue(iri.length() > (NG.DEFAULT_BASE + "person/").length(), iri);
    }

    @Test
    void slugsFoldAccentsAndCase() {
        assertEquals("viktor-orban", Iris.slug("Viktor Orbán"));
        assertEquals("secretary-general-of-nato", Iris.slug("Secretary-General of NATO"));
        assertEquals(Iris.slug("Viktor Orban"), Iris.slug("viktor  ORBÁN"));
    }

    @Test
    void badBasesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("not an iri/"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("https://example.org/no-slash"));
    }
}
