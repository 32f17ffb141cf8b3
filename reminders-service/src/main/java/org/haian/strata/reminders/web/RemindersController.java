package org.haian.strata.reminders.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Role;
import org.haian.strata.platform.security.Tenancy;
import org.haian.strata.platform.township.KnownTownship;
import org.haian.strata.reminders.api.DigestRun;
import org.haian.strata.reminders.api.FindReminders;
import org.haian.strata.reminders.api.ReminderFeed;
import org.haian.strata.reminders.api.ReminderKind;
import org.haian.strata.reminders.digest.Digests;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each signed-in user's reminders (提醒) as of today in Hai'an: a cadre's own (the people they befriend, the
 * problems of the visits they led); a township officer's township's, every kind; the city administrator's of every
 * township, narrowed by township, cadre or kind. Analysts read figures, not reminders about named records.
 */
@RestController
@Tag(name = "Reminders 提醒", description = "Overdue contacts, overdue problem follow-ups, stuck suggestions and "
        + "supervisors' terms about to end, for whoever must act; and the daily digest by e-mail.")
@RequestMapping("/api/reminders")
public class RemindersController {

    private final QueryGateway queries;
    private final Digests digests;

    public RemindersController(QueryGateway queries, Digests digests) {
        this.queries = queries;
        this.digests = digests;
    }

    /**
     * A cadre who names another cadre, and a township officer who names another township, are refused (403);
     * a cadre may narrow their own reminders to one township.
     */
    @GetMapping
    @Operation(summary = "The reminders due today for the signed-in user, the most overdue first")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public ReminderFeed feed(@RequestParam(required = false) @KnownTownship String township,
                             @RequestParam(required = false) @Pattern(regexp = "[a-z0-9._-]{3,64}",
                                     message = "must be a cadre's sign-in name: 3 to 64 of a-z, 0-9, '.', '_' and '-'")
                             String cadreId,
                             @RequestParam(required = false) ReminderKind kind) {
        Actor actor = Actor.current();
        FindReminders query;
        if (actor.has(Role.CITY_ADMIN) || actor.has(Role.TOWNSHIP_OFFICER)) {
            query = new FindReminders(Tenancy.readableTownship(township), cadreId, kind);
        } else {
            if (cadreId != null && !cadreId.equals(actor.userId())) {
                throw new AccessDeniedException("cadreId: you may only read your own reminders");
            }
            query = new FindReminders(township, actor.userId(), kind);
        }
        return queries.query(query, ReminderFeed.class).join();
    }

    /** Sends every configured officer's digest now, whatever the schedule; what became of each is the answer. */
    @PostMapping("/digests")
    @Operation(summary = "Send the daily digests now (city administrator)")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public DigestRun sendDigests() {
        return digests.sendAll();
    }
}
