package org.newsgraph.cli;

import java.io.PrintStream;

import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Extraction;
import org.newsgraph.relation.Fact;
import org.newsgraph.text.Sentence;

/** Prints what newsgraph read in an article, sentence by sentence: mentions, then facts and their rules. */
final class Explain {

    private Explain() {
    }

    static void print(Extraction x, PrintStream out) {
        for (Sentence s : x.discourse().sentences()) {
            out.println("[" + s.index() + "] " + s.text());
            StringBuilder b = new StringBuilder();
            for (Mention m : x.discourse().mentions(s.index())) {
                b.append("  ").append(m);
                if (m.office() != null) {
                    b.append(" office=").append(m.office());
                }
            }
            if (b.length() > 0) {
                out.println("    mentions:" + b);
            }
            for (Fact f : x.facts()) {
                if (f.sentence() == s) {
                    out.println("    fact: " + f);
                }
            }
        }
    }
}
