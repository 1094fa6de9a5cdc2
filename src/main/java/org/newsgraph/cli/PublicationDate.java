package org.newsgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.Option;

/** The {@code --date} option of the commands that read articles. */
final class PublicationDate {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = {"Publication date of the articles whose source gives none (a JSON Lines \"published\" or an HTML page's",
                "metadata wins): the reference for tense and dates such as \"in October\"."})
    String date;

    /** The date given, or null; a malformed one is the user's mistake. */
    LocalDate value() {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserError("invalid --date '" + date + "' (expected YYYY-MM-DD, e.g. 2024-06-20)");
        }
    }
}
