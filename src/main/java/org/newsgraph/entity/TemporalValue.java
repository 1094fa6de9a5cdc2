package org.newsgraph.entity;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as precise as the text gives it: a year ("2014"), a month ("2022-09") or a day
 * ("2024-06-20"), with the XML Schema datatype that says which (gYear, gYearMonth, date).
 */
public record TemporalValue(String lexical, String xsdType) implements Comparable<TemporalValue> {

    public static TemporalValue year(int y) {
        if (y < 0) {
            return new TemporalValue(String.format("%04d", y), "gYear");
        }
        String digits = Integer.toString(y);
        return new TemporalValue("0".repeat(Math.max(0, 4 - digits.length())) + digits, "gYear"); // as %04d, without a formatter
    }

    public static TemporalValue month(int y, int m) {
        return new TemporalValue(YearMonth.of(y, m).toString(), "gYearMonth");
    }

    public static TemporalValue day(LocalDate d) {
        return new TemporalValue(d.toString(), "date");
    }

    /** ISO-8601 prefixes compare correctly as strings once cut to the shorter length. */
    @Override
    public int compareTo(TemporalValue o) {
        int n = Math.min(lexical.length(), o.lexical.length());
        return lexical.substring(0, n).compareTo(o.lexical.substring(0, n));
    }
}
