package org.newsgraph.relation;

import java.util.List;

import org.newsgraph.entity.Discourse;
import org.newsgraph.ingest.Article;

/** What newsgraph read from one article: the article, its discourse (sentences, mentions, entities) and its facts. */
public record Extraction(Article article, Discourse discourse, List<Fact> facts, String rulesVersion) {

    public Extraction {
        facts = List.copyOf(facts);
    }
}
