package org.newsgraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes newsgraph writes its output with. */
public final class Prefixes {

    private Prefixes() {
    }

    public static void apply(PrefixMap pm, String base) {
        PrefixMapping m = PrefixMapping.Factory.create();
        apply(m, base);
        m.getNsPrefixMap().forEach(pm::add);
    }

    public static void apply(PrefixMapping pm, String base) {
        pm.setNsPrefix("ng", NG.NS);
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("skos", NG.SKOS);
        pm.setNsPrefix("schema", NG.SCHEMA);
        pm.setNsPrefix("prov", NG.PROV);
        pm.setNsPrefix("wd", NG.WIKIDATA);
        for (String p : new String[] {"person", "office", "country", "region", "alliance", "organization", "article", "rule"}) {
            pm.setNsPrefix(p, base + p + "/");
        }
    }
}
