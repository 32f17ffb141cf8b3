package org.haian.strata.contribution.projection;

import java.time.LocalDate;

import org.bson.Document;

/** Days as the directories keep them: ISO text ({@code 2024-03-01}), which sorts as the days do. */
final class Days {

    private Days() {
    }

    /** The day of a field, or {@code null} where there is none. */
    static LocalDate day(Document document, String field) {
        String day = document.getString(field);
        return day == null ? null : LocalDate.parse(day);
    }
}
