package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them: an ISO date ({@code 2024-06-20}) or an ISO date-time, with or
 * without an offset ({@code 2024-06-20T23:30:00+02:00}, {@code 2024-06-20T21:30:00Z},
 * {@code 2024-06-20 23:30}, {@code +0200}). The date kept is the one written, in the source's own offset:
 * an article published late in the evening in Berlin keeps its Berlin date.
 */
final class IsoDates {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private IsoDates() {
    }

    /** The date of an ISO date or date-time; null if the text is no such thing. */
    static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.length() > 40) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            if (m.group(2) != null) {
                LocalTime.parse(m.group(2).replace(',', '.'));
            }
            String offset = m.group(3);
            if (offset != null && offset.length() > 1) {
                String digits = offset.substring(1).replace(":", "");
                int hours = Integer.parseInt(digits.substring(0, 2));
                int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
                if (hours > 18 || minutes > 59) {
                    return null;
                }
            }
            return date;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
