package org.newsgraph.export;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * The N-Triples form of the terms newsgraph writes most, without Jena's escaping machinery: an IRI none
 * of whose characters N-Triples escapes is written between angle brackets, and a literal without a
 * language whose lexical form (and datatype IRI) has nothing to escape between quotes, with its datatype
 * unless it is xsd:string. Anything else (a character to escape, a language tag, a blank node) is left to
 * Jena's formatter: {@link #of} returns null. newsgraph's minted IRIs are percent-encoded and most of its
 * literals are plain text, so the fast path covers nearly every term; {@code NtTermsTest} checks it against
 * Jena's formatter character by character.
 */
final class NtTerms {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private NtTerms() {
    }

    /** The term as Jena's N-Triples formatter writes it, or null when it is left to that formatter. */
    static String of(Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            return plainIri(iri) ? "<" + iri + ">" : null;
        }
        if (!n.isLiteral() || !n.getLiteralLanguage().isEmpty()) {
            return null;
        }
        String lex = n.getLiteralLexicalForm();
        if (!plainText(lex)) {
            return null;
        }
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSD_STRING)) {
            return "\"" + lex + "\"";
        }
        return plainIri(dt) ? "\"" + lex + "\"^^<" + dt + ">" : null;
    }

    /** An IRI of printable ASCII without the characters N-Triples does not allow in one (written as they are). */
    static boolean plainIri(String iri) {
        if (iri.isEmpty()) {
            return false;
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                    || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * Text with no character Jena escapes in a quoted literal: no control character, quote or backslash, no surrogate,
     * no U+FFFD (the replacement character, which Jena writes as an escape).
     */
    static boolean plainText(String lex) {
        for (int i = 0; i < lex.length(); i++) {
            char c = lex.charAt(i);
            if (c < ' ' || c == '"' || c == '\\' || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c) || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }
}
