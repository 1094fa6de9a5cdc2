package org.newsgraph.entity;

import java.util.List;

import org.newsgraph.text.Normalizer;

/**
 * A person titled as a member of a body that the title itself does not name ("Labour MP Jane Smith",
 * "Democratic Senator Jane Smith"): such a title, written without its polity, is flagged
 * {@code member-titled}, so that a rule may read the party named just before it as the person's party.
 * A leader's title ("BJP president …") is no such title: leadership is an office, not membership.
 */
final class MemberTitles {

    static final String FLAG = "member-titled";
    static final String TITLE_FLAG = "member-title";

    private MemberTitles() {
    }

    /** Flags each person of the sentence whose title is a member's title without a polity, and each such title. */
    static void apply(List<Mention> ms, Lexicon lexicon) {
        for (Mention m : ms) {
            if (m.type() == EntityType.OFFICE && isMemberTitle(m, lexicon)) {
                m.flag(TITLE_FLAG); // "a Liberal Party senator": a member's title, not a head's
            }
            Mention office = m.office();
            // a seat read in a national legislature ("Labour MP", Member of Parliament of the UK) is still a member's title
            if (m.type() != EntityType.PERSON || office == null || office.polity() != null && !office.has("legislative")) {
                continue;
            }
            if (isMemberTitle(office, lexicon)) {
                m.flag(FLAG);
            }
        }
    }

    private static boolean isMemberTitle(Mention office, Lexicon lexicon) {
        String[] words = office.text().strip().split("\\s+");
        return words.length > 0 && lexicon.is("member-title", Normalizer.fold(words[words.length - 1]));
    }
}
