package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.NewsGraph;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.InputException;
import org.newsgraph.relation.Predicate;

/**
 * Extracts every article of a corpus that has a gold file beside it ({@code NAME.txt} and
 * {@code NAME.gold.tsv}, dated by the gold's {@code # published:} header) and scores it: precision,
 * recall and F1 per predicate and overall (micro-averaged over facts), and entity typing accuracy.
 */
public final class Evaluation {

    private final List<ArticleScore> articles;

    private Evaluation(List<ArticleScore> articles) {
        this.articles = articles;
    }

    public static Evaluation run(NewsGraph ng, Path corpus) throws InputException {
        if (!Files.isDirectory(corpus)) {
            throw new InputException(corpus + ": not a directory");
        }
        List<Path> golds;
        try (Stream<Path> s = Files.walk(corpus)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.tsv")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(corpus + ": cannot list (" + e.getMessage() + ")");
        }
        List<ArticleScore> scores = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (Path g : golds) {
            String stem = g.getFileName().toString().replaceFirst("\\.gold\\.tsv$", "");
            Path text = g.resolveSibling(stem + ".txt");
            if (!Files.exists(text)) {
                continue;
            }
            Gold gold = Gold.read(g);
            Article a = reader.read(text);
            if (gold.published() != null) {
                a = a.withPublished(gold.published());
            }
            scores.add(Scorer.score(corpus.relativize(text).toString(), ng.extract(a).getGraph(), gold));
        }
        if (scores.isEmpty()) {
            throw new InputException(corpus + ": no article with a .gold.tsv beside it");
        }
        return new Evaluation(scores);
    }

    public List<ArticleScore> articles() {
        return articles;
    }

    public Map<String, PredicateScore> perPredicate() {
        Map<String, PredicateScore> out = new LinkedHashMap<>();
        for (Predicate p : Predicate.values()) {
            PredicateScore s = new PredicateScore();
            for (ArticleScore a : articles) {
                s.add(a.perPredicate().get(p.localName()));
            }
            out.put(p.localName(), s);
        }
        return out;
    }

    public PredicateScore overall() {
        PredicateScore s = new PredicateScore();
        perPredicate().values().forEach(s::add);
        return s;
    }

    public int goldEntities() {
        return articles.stream().mapToInt(ArticleScore::goldEntities).sum();
    }

    public int entitiesTyped() {
        return articles.stream().mapToInt(ArticleScore::entitiesTyped).sum();
    }

    public double entityAccuracy() {
        return goldEntities() == 0 ? 0 : (double) entitiesTyped() / goldEntities();
    }

    /** The table: one row per predicate with facts, then the overall row and entity typing. */
    public String table(boolean details) {
        StringBuilder b = new StringBuilder();
        if (details) {
            for (ArticleScore a : articles) {
                PredicateScore o = a.overall();
                b.append(String.format(Locale.ROOT, "%s: tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f  entities %d/%d%n",
                        a.name(), o.tp(), o.fp(), o.fn(), o.precision(), o.recall(), o.f1(), a.entitiesTyped(), a.goldEntities()));
                for (PredicateScore p : a.perPredicate().values()) {
                    p.missed().forEach(m -> b.append("    missed: ").append(m).append('\n'));
                    p.wrong().forEach(w -> b.append("    false:  ").append(w).append('\n'));
                }
                a.entitiesMissed().forEach(m -> b.append("    entity missing or mistyped: ").append(m).append('\n'));
            }
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "%-13s %5s %5s %5s %9s %7s %7s%n", "predicate", "tp", "fp", "fn", "precision", "recall", "F1"));
        for (Map.Entry<String, PredicateScore> e : perPredicate().entrySet()) {
            PredicateScore p = e.getValue();
            if (p.tp() + p.fp() + p.fn() == 0) {
                continue;
            }
            b.append(row(e.getKey(), p));
        }
        b.append(row("overall", overall()));
        b.append(String.format(Locale.ROOT, "articles %d; entities typed right %d/%d (%.3f)%n", articles.size(), entitiesTyped(),
                goldEntities(), entityAccuracy()));
        return b.toString();
    }

    private static String row(String name, PredicateScore p) {
        return String.format(Locale.ROOT, "%-13s %5d %5d %5d %9.3f %7.3f %7.3f%n", name, p.tp(), p.fp(), p.fn(), p.precision(),
                p.recall(), p.f1());
    }

    public JsonObject json() {
        JsonObject o = new JsonObject();
        o.put("articles", articles.size());
        o.put("overall", json(overall()));
        JsonObject per = new JsonObject();
        perPredicate().forEach((k, v) -> per.put(k, json(v)));
        o.put("predicates", per);
        JsonObject ent = new JsonObject();
        ent.put("gold", goldEntities());
        ent.put("typed", entitiesTyped());
        ent.put("accuracy", num(entityAccuracy()));
        o.put("entities", ent);
        JsonArray arts = new JsonArray();
        for (ArticleScore a : articles) {
            JsonObject x = json(a.overall());
            x.put("name", a.name());
            JsonArray missed = new JsonArray();
            JsonArray wrong = new JsonArray();
            a.perPredicate().values().forEach(p -> {
                p.missed().forEach(missed::add);
                p.wrong().forEach(wrong::add);
            });
            x.put("missed", missed);
            x.put("false", wrong);
            arts.add(x);
        }
        o.put("perArticle", arts);
        return o;
    }

    private static JsonNumber num(double x) {
        return JsonNumber.value(Math.round(x * 10000) / 10000.0);
    }

    private static JsonObject json(PredicateScore p) {
        JsonObject o = new JsonObject();
        o.put("tp", p.tp());
        o.put("fp", p.fp());
        o.put("fn", p.fn());
        o.put("precision", num(p.precision()));
        o.put("recall", num(p.recall()));
        o.put("f1", num(p.f1()));
        return o;
    }
}
