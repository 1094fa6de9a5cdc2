package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Every IRI of the newsgraph ontology, and the namespaces newsgraph writes. */
public final class NG {

    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/newsgraph/ontology";
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/resource/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private NG() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource Person = r("Person");
    public static final Resource Office = r("Office");
    public static final Resource Alliance = r("Alliance");
    public static final Resource Country = r("Country");
    public static final Resource Region = r("Region");
    public static final Resource Organization = r("Organization");
    public static final Resource Tenure = r("Tenure");
    public static final Resource TenureStatus = r("TenureStatus");
    public static final Resource Assertion = r("Assertion");
    public static final Resource Sentence = r("Sentence");
    public static final Resource Rule = r("Rule");
    public static final Resource Extractor = r("Extractor");

    // tenure status
    public static final Resource Current = r("Current");
    public static final Resource Former = r("Former");
    public static final Resource Designate = r("Designate");

    // facts
    public static final Property holdsOffice = p("holdsOffice");
    public static final Property heldOffice = p("heldOffice");
    public static final Property appointedTo = p("appointedTo");
    public static final Property candidateFor = p("candidateFor");
    public static final Property withdrewFrom = p("withdrewFrom");
    public static final Property succeeds = p("succeeds");
    public static final Property supports = p("supports");
    public static final Property opposes = p("opposes");
    public static final Property officeOf = p("officeOf");
    /** Not a fact: the country a region of the gazetteer lies in. */
    public static final Property regionOf = p("regionOf");
    public static final Property citizenOf = p("citizenOf");
    public static final Property memberOf = p("memberOf");
    public static final Property said = p("said");

    // evidence
    public static final Property sentence = p("sentence");
    public static final Property rule = p("rule");
    public static final Property extractedBy = p("extractedBy");
    public static final Property text = p("text");
    public static final Property start = p("start");
    public static final Property end = p("end");
    public static final Property index = p("index");
    public static final Property ruleFile = p("ruleFile");
    public static final Property example = p("example");
    public static final Property rulesVersion = p("rulesVersion");

    // tenure
    public static final Property holder = p("holder");
    public static final Property office = p("office");
    public static final Property status = p("status");
    public static final Property startDate = p("startDate");
    public static final Property endDate = p("endDate");

    // schema.org, SKOS and PROV terms newsgraph writes
    public static final Resource NewsArticle = ResourceFactory.createResource(SCHEMA + "NewsArticle");
    public static final Resource SchemaOrganization = ResourceFactory.createResource(SCHEMA + "Organization");
    public static final Property identifier = ResourceFactory.createProperty(SCHEMA + "identifier");
    public static final Property datePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");
    public static final Property headline = ResourceFactory.createProperty(SCHEMA + "headline");
    public static final Property url = ResourceFactory.createProperty(SCHEMA + "url");
    public static final Property publisher = ResourceFactory.createProperty(SCHEMA + "publisher");
    public static final Property name = ResourceFactory.createProperty(SCHEMA + "name");
    public static final Property isPartOf = ResourceFactory.createProperty(SCHEMA + "isPartOf");
    public static final Property softwareVersion = ResourceFactory.createProperty(SCHEMA + "softwareVersion");
    public static final Property altLabel = ResourceFactory.createProperty(SKOS + "altLabel");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");

    /** The fact property of a predicate's local name. */
    public static Property fact(String localName) {
        return p(localName);
    }

    /** The class of an entity type's local name ("Person"). */
    public static Resource type(String className) {
        return r(className);
    }
}
