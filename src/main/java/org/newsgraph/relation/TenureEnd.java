package org.newsgraph.relation;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.newsgraph.entity.Lexicon;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.TemporalValue;
import org.newsgraph.relation.Element.MentionEl;
import org.newsgraph.relation.Element.WordEl;

/**
 * The end the text gives to a tenure, judged against the publication date: "president until 2019" is over in
 * an article of 2025, "until 2030" or "until next year" is not, and states no past tenure.
 */
final class TenureEnd {

    /** How far after a match an end date may be written ("who was president of Peru from 2009 until 2014"). */
    private static final int WINDOW = 5;
    /** A date whose year is written, or relative to the publication ("next year", "last month"). */
    private static final Pattern YEAR_WRITTEN = Pattern.compile("(?i).*(\\b(19|20)\\d\\d\\b|\\byear\\b|\\bmonth\\b).*");

    private TenureEnd() {
    }

    /**
     * Whether a tenure that ends at {@code end} (the rule's end date, or else one written right after the match
     * after a word of the lexicon's {@code tenure-end}: "until", "till", "to") has not ended by publication: its end
     * is later at its own precision. The year or month of the publication itself is left to the tense of the rule
     * ("served as … from 2022 to 2024" in June 2024 is over).
     * A month without its year ("who until December was …") is left alone: its year was only guessed.
     */
    static boolean notOver(Mention end, List<Element> elements, int to, Lexicon lexicon, LocalDate published) {
        if (published == null) {
            return false;
        }
        Mention e = end != null ? end : writtenAfter(elements, to, lexicon);
        return e != null && e.date() != null && YEAR_WRITTEN.matcher(e.text()).matches()
                && e.date().compareTo(TemporalValue.day(published)) > 0;
    }

    /** The date of "until DATE" within a few elements after {@code to}, or null. */
    private static Mention writtenAfter(List<Element> elements, int to, Lexicon lexicon) {
        for (int i = to; i + 1 < elements.size() && i < to + WINDOW; i++) {
            if (elements.get(i) instanceof WordEl w && lexicon.is("tenure-end", w.token())
                    && elements.get(i + 1) instanceof MentionEl me && me.mention().type() == null && me.mention().date() != null) {
                return me.mention();
            }
        }
        return null;
    }
}
