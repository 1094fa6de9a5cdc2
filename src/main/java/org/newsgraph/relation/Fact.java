package org.newsgraph.relation;

import java.util.Objects;

import org.newsgraph.entity.Entity;
import org.newsgraph.entity.TemporalValue;
import org.newsgraph.text.Sentence;

/**
 * A fact read from one sentence by one rule: subject, predicate and object (an entity, or the
 * quotation for {@code said}), with the dates the sentence gives for an office held.
 */
public record Fact(Entity subject, Predicate predicate, Entity object, String quote, Sentence sentence,
                   Rule rule, TemporalValue start, TemporalValue end) {

    public Fact {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(predicate);
        Objects.requireNonNull(sentence);
        Objects.requireNonNull(rule);
        if ((object == null) == (quote == null)) {
            throw new IllegalArgumentException("a fact has either an entity or a quotation as object");
        }
    }

    /** Subject, predicate and object as one key: the same fact read twice has the same key. */
    public String key() {
        return subject.type() + ":" + subject.key() + " " + predicate.localName() + " "
                + (object != null ? object.type() + ":" + object.key() : "\"" + quote + "\"");
    }

    @Override
    public String toString() {
        return subject.name() + " " + predicate.localName() + " " + (object != null ? object.name() : "\"" + quote + "\"")
                + "  [" + rule.id() + " @" + sentence.index() + "]";
    }
}
