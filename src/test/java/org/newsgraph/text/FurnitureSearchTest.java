package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The literal text a furniture pattern's every match holds, which lets a line without it skip the
 * pattern: only text no quantifier, group, class or alternation makes optional counts.
 */
class FurnitureSearchTest {

    @Test
    void requiresTheLiteralRunsOutsideGroupsAndClasses() {
        assertEquals(List.of(":", "/"), Furniture.Search.requiredText(
                "(?:^|(?<=[.!?]\\s))\\s*(?:photo|picture)s?\\s*:\\s*[^./\"]{1,60}/[^./\"]{1,60}$"));
        assertEquals(List.of("(", ")"), Furniture.Search.requiredText("\\(\\s*(?:copyright|afp)[^()]*\\)"));
        assertEquals(List.of("open image in gallery"), Furniture.Search.requiredText("open image in gallery"));
    }

    @Test
    void aQuantifiedCharacterIsNotRequired() {
        assertEquals(List.of("photo"), Furniture.Search.requiredText("photos?"));
        assertEquals(List.of("p", "o"), Furniture.Search.requiredText("ph+o"), "any quantified character is left out, even +");
        assertEquals(List.of("a", "c"), Furniture.Search.requiredText("ab{0,2}c"));
        assertEquals(List.of("credit"), Furniture.Search.requiredText("\\(?credit"), "an optional bracket, then 'credit'");
    }

    @Test
    void alternationAtTheTopRequiresNothing() {
        assertEquals(List.of(), Furniture.Search.requiredText("advertisement|advert|ad"));
        assertEquals(List.of(), Furniture.Search.requiredText("^a|b"));
        assertEquals(List.of(" "), Furniture.Search.requiredText("^\\s*(?:view|expand) (?:image|photo)"));
    }

    @Test
    void escapesAndClassesEndARun() {
        assertEquals(List.of("a", "b"), Furniture.Search.requiredText("a\\sb"));
        assertEquals(List.of("a", "b"), Furniture.Search.requiredText("a[xy]b"));
        assertEquals(List.of("a", "b"), Furniture.Search.requiredText("a\\p{L}b"));
        assertEquals(List.of("a.b"), Furniture.Search.requiredText("a\\.b"));
        assertEquals(List.of("a", "b"), Furniture.Search.requiredText("a.b"));
    }
}
