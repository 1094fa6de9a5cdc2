package org.newsgraph.relation;

import java.util.List;

import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Lexicon;
import org.newsgraph.relation.Element.MentionEl;
import org.newsgraph.relation.Element.WordEl;

/**
 * A short sentence that only shows a person about to answer hands the quotation that follows to that person:
 * "She smiled. \"Ask me in four years.\"", "Ana Ruiz did not hesitate. \"Money follows headlines.\"" The sentence
 * is the person (the subject, perhaps after a clause set off before it: "Asked about it, Ana Ruiz smiled."), at most
 * one adverb or "did not", and a word of the lexicon's speech-cue, then its end.
 */
final class SpeechCue {

    private SpeechCue() {
    }

    /** The person a cue sentence shows about to speak, or null. */
    static Entity speaker(List<Element> elements, Lexicon lexicon) {
        int at = 0; // after a clause set before the subject: "Asked what she would change first, Ana Ruiz did not hesitate."
        for (int i = 1; i < elements.size(); i++) {
            if (elements.get(i) instanceof MentionEl m && m.mention().has("subj") && elements.get(i - 1) instanceof WordEl w
                    && w.folded().equals(",")) {
                at = i;
                break;
            }
        }
        if (elements.size() < at + 3 || !(elements.get(at) instanceof MentionEl first) || first.mention().type() != EntityType.PERSON
                || !first.mention().has("subj") || first.mention().entity() == null
                || !(elements.get(elements.size() - 1) instanceof WordEl stop) || !stop.folded().equals(".")) {
            return null;
        }
        List<Element> middle = elements.subList(at + 1, elements.size() - 1);
        if (middle.isEmpty() || middle.size() > 3 || !(middle.get(middle.size() - 1) instanceof WordEl cue)
                || !lexicon.is("speech-cue", cue.folded())) {
            return null;
        }
        for (Element e : middle.subList(0, middle.size() - 1)) {
            if (!(e instanceof WordEl w) || !lexicon.is("speech-cue-modifier", w.folded())) {
                return null;
            }
        }
        return first.mention().entity();
    }
}
