package org.newsgraph.entity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.newsgraph.text.Sentence;

/**
 * An article read as a discourse: its sentences, the mentions of each sentence (resolved to entities
 * where the text allows), the subject of each sentence, and the article's entities.
 */
public final class Discourse {

    private final List<Sentence> sentences;
    private final List<List<Mention>> mentions;
    private final List<Mention> subjects;
    private final EntityRegistry entities;
    private final LocalDate published;

    Discourse(List<Sentence> sentences, List<List<Mention>> mentions, List<Mention> subjects,
              EntityRegistry entities, LocalDate published) {
        this.sentences = sentences;
        this.mentions = mentions;
        this.subjects = subjects;
        this.entities = entities;
        this.published = published;
    }

    public List<Sentence> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    /** The top-level mentions of sentence {@code i}, in text order, not overlapping. */
    public List<Mention> mentions(int i) {
        return Collections.unmodifiableList(mentions.get(i));
    }

    /** The grammatical subject of sentence {@code i} when it is an agent, or null. */
    public Mention subject(int i) {
        return subjects.get(i);
    }

    public EntityRegistry entities() {
        return entities;
    }

    /** The publication date, or null. */
    public LocalDate published() {
        return published;
    }
}
