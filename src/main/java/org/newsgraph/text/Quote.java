package org.newsgraph.text;

/**
 * A direct quotation: its text without the quotation marks (and without the comma that closes it
 * before an attribution), its span in the article, and the range of tokens it covers, quotation marks
 * included.
 */
public record Quote(String text, int start, int end, int firstToken, int endToken) {
}
