package org.haian.strata.liaison.api.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;

/**
 * A person as the registry shows them on their own page: profile, representative-figure flag (代表人士), political
 * arrangements (政治安排), the cadres who befriend them now (列名联系) and the contacts logged with them, newest first.
 *
 * @param archived      whether the person left the registry; {@code archiveReason} then says why
 * @param forgotten     whether the person's personal data was erased: name, contact channels, notes and reasons
 *                      are then {@code null}, and only what counts them is left
 */
public record PersonView(String personId, String name, Category category, String township, String organisation,
                         String role, String phone, String email, String wechat, boolean representative,
                         List<Arrangement> politicalArrangements, List<Liaison> cadres, List<Contact> contacts,
                         boolean archived, String archiveReason, boolean forgotten, Instant registeredAt) {

    /** Whether this cadre is assigned to the person now: what lets a cadre read the person at all. */
    public boolean befriendedBy(String cadreId) {
        return cadres.stream().anyMatch(liaison -> liaison.cadreId().equals(cadreId));
    }

    /** One term in one body; {@code termEnd} is null when open-ended. */
    public record Arrangement(ArrangementBody body, ArrangementLevel level, String post, LocalDate termStart,
                              LocalDate termEnd) {
    }

    /** A cadre assigned to the person now, since when, and when they were last in touch (null: not yet). */
    public record Liaison(String cadreId, CadreLevel cadreLevel, LocalDate since, LocalDate lastContact) {
    }

    /** One logged contact (联系记录). */
    public record Contact(String cadreId, LocalDate date, ContactChannel channel, String notes,
                          List<String> issuesRaised) {
    }
}
