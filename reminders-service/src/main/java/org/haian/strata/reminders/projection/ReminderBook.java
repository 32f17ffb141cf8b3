package org.haian.strata.reminders.projection;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionAdopted;
import org.haian.strata.contract.contribution.SuggestionImplemented;
import org.haian.strata.contract.contribution.SuggestionRejected;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.contribution.SuggestionWrittenIntoPlan;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.time.ContactOverdue;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.reminders.RemindersSettings;
import org.haian.strata.reminders.api.FindReminders;
import org.haian.strata.reminders.api.Reminder;
import org.haian.strata.reminders.api.ReminderFeed;
import org.haian.strata.reminders.api.ReminderKind;
import org.haian.strata.reminders.api.Subject;
import org.springframework.stereotype.Component;

/**
 * The things that may need a reminder, folded from the events of liaison, outreach and contribution (read from
 * Kafka, {@code subscribedEvents}), and the reminders due among them as of today.
 *
 * <p>A <em>watch</em> is one thing that may fall due: a listed liaison (person and cadre), a problem raised on a
 * visit, a suggestion, a supervisor's term. It keeps what the rule needs (the assignment's first day and the latest
 * contact, a due day, the day of the last step, a term's end) and whether it is still open; never whether it is
 * overdue. Overdue-ness is decided when the feed is read, against the {@link Clock}: so a contact logged late for
 * an earlier day, a resolution, a new step or a renewed term clears the reminder the moment its event arrives, and a
 * reminder appears on its day without any event at all.
 *
 * <p>Every read and write is by {@code _id}, the one index the MongoDB-wire server answers from (it scans for
 * anything else): a reader's <em>inbox</em> ({@code cadre|<id>}, {@code township|<code>}) lists the ids of the open
 * watches they are responsible for, and the watches are then fetched by {@code _id $in}. Real MongoDB needs no
 * secondary index for this either. A watch that closes is marked closed rather than deleted, so that its
 * {@link OncePerEvent} marks keep a redelivered older event from opening it again; it leaves every inbox. An inbox
 * holds what is open, due or not: a township's liaisons, open problems and suggestions, and its supervisors' terms (a
 * term that ends with no following one stays listed, and is skipped from its end on; the city has about 140
 * supervisors), so a feed reads a few hundred watches at most.
 *
 * <p>A forgotten person ({@link PersonForgotten}) leaves every feed and digest for good, whichever context's event
 * about them comes after: the person's document remembers the forgetting, and each of their watches keeps it.
 */
@Component
@ProcessingGroup(ReminderBook.GROUP)
public class ReminderBook {

    static final String GROUP = "reminders";
    static final String WATCHES = "reminder_watches";
    static final String INBOXES = "reminder_inboxes";
    /** Per person: the watches about them, and whether they were forgotten. */
    static final String PEOPLE = "reminder_people";
    /** Per visit: who led it and where, for the problems raised on it. */
    static final String VISITS = "reminder_visits";
    /** Names that are not personal data: organisations' and villages'. */
    static final String NAMES = "reminder_names";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> watches;
    private final MongoCollection<Document> inboxes;
    private final MongoCollection<Document> people;
    private final MongoCollection<Document> visits;
    private final MongoCollection<Document> names;
    private final Clock clock;
    private final ContactOverdue contactOverdue;
    private final Period suggestionStuckAfter;
    private final Period supervisorTermWarning;
    private final Townships townships;

    public ReminderBook(MongoDatabase readModels, Clock clock, ContactOverdue contactOverdue,
                        RemindersSettings settings, Townships townships) {
        this.watches = readModels.getCollection(WATCHES);
        this.inboxes = readModels.getCollection(INBOXES);
        this.people = readModels.getCollection(PEOPLE);
        this.visits = readModels.getCollection(VISITS);
        this.names = readModels.getCollection(NAMES);
        this.clock = clock;
        this.contactOverdue = contactOverdue;
        this.suggestionStuckAfter = settings.suggestionStuckAfter();
        this.supervisorTermWarning = settings.supervisorTermWarning();
        this.townships = townships;
    }

    // --- "3": listed liaison, from liaison's topic. A person's events come from their one aggregate, in order.

    /** A new assignment starts its own time: contacts of an earlier one with the same cadre do not count. */
    @EventHandler
    void on(LiaisonAssigned event, @SequenceNumber long sequence) {
        String watch = contactWatch(event.personId(), event.cadreId());
        OncePerEvent.apply(watches, watch, event.personId(), sequence, Updates.combine(
                Updates.set("kind", ReminderKind.OVERDUE_CONTACT.name()), Updates.set("open", true),
                Updates.set("township", event.township()), Updates.set("category", event.category().name()),
                Updates.set("cadreId", event.cadreId()), Updates.set("personId", event.personId()),
                Updates.set("since", event.since().toString()), Updates.unset("lastContact")));
        aboutPerson(event.personId(), watch);
        list(watch);
    }

    @EventHandler
    void on(LiaisonEnded event, @SequenceNumber long sequence) {
        String watch = contactWatch(event.personId(), event.cadreId());
        OncePerEvent.apply(watches, watch, event.personId(), sequence, Updates.set("open", false));
        list(watch);
    }

    /** Contacts may be logged out of date order (last week's visit after today's call): the latest day counts. */
    @EventHandler
    void on(ContactLogged event, @SequenceNumber long sequence) {
        OncePerEvent.apply(watches, contactWatch(event.personId(), event.cadreId()), event.personId(), sequence,
                Updates.max("lastContact", event.date().toString()));
    }

    /** The person's liaisons follow them to their new township, and so to its officer's feed. */
    @EventHandler
    void on(PersonMovedToTownship event, @SequenceNumber long sequence) {
        for (String watch : watchesAbout(event.personId())) {
            if (watch.startsWith(ReminderKind.OVERDUE_CONTACT.name())) {
                OncePerEvent.apply(watches, watch, event.personId(), sequence,
                        Updates.set("township", event.toTownship()));
                list(watch);
            }
        }
    }

    @EventHandler
    void on(PersonForgotten event) {
        people.updateOne(Filters.eq("_id", event.personId()), Updates.set("forgotten", true), UPSERT);
        for (String watch : watchesAbout(event.personId())) {
            watches.updateOne(Filters.eq("_id", watch), Updates.set("forgotten", true));
            list(watch);
        }
    }

    @EventHandler
    void on(OrganisationRegistered event, @SequenceNumber long sequence) {
        OncePerEvent.apply(names, organisationName(event.organisationId()), event.organisationId(), sequence,
                Updates.set("name", event.name()));
    }

    @EventHandler
    void on(OrganisationUpdated event, @SequenceNumber long sequence) {
        OncePerEvent.apply(names, organisationName(event.organisationId()), event.organisationId(), sequence,
                Updates.set("name", event.name()));
    }

    // --- "4": visits and their problems, from outreach's topic, in order per visit.

    @EventHandler
    void on(VisitPlanned event, @SequenceNumber long sequence) {
        OncePerEvent.apply(visits, event.visitId(), event.visitId(), sequence, Updates.combine(
                Updates.set("leadCadreId", event.leadCadreId()), Updates.set("organisationId", event.organisationId())));
    }

    @EventHandler
    void on(VisitLogged event, @SequenceNumber long sequence) {
        OncePerEvent.apply(visits, event.visitId(), event.visitId(), sequence, Updates.combine(
                Updates.set("leadCadreId", event.leadCadreId()), Updates.set("organisationId", event.organisationId())));
    }

    /** The follow-up is the visit's leading cadre's to chase, and the township officer's. */
    @EventHandler
    void on(ProblemRaised event, @SequenceNumber long sequence) {
        Document visit = Optional.ofNullable(visits.find(Filters.eq("_id", event.visitId())).first())
                .orElseGet(Document::new);
        String watch = problemWatch(event.problemId());
        OncePerEvent.apply(watches, watch, event.visitId(), sequence, Updates.combine(
                Updates.set("kind", ReminderKind.OVERDUE_PROBLEM.name()), Updates.set("open", true),
                Updates.set("township", event.township()), Updates.set("category", event.category().name()),
                Updates.set("cadreId", visit.getString("leadCadreId")),
                Updates.set("organisationId", visit.getString("organisationId")),
                Updates.set("visitId", event.visitId()), Updates.set("problemId", event.problemId()),
                Updates.set("title", event.description()), Updates.set("owner", event.owner()),
                Updates.set("since", event.raisedOn().toString()), Updates.set("dueOn", event.dueOn().toString())));
        list(watch);
    }

    @EventHandler
    void on(ProblemResolved event, @SequenceNumber long sequence) {
        close(problemWatch(event.problemId()), event.visitId(), sequence);
    }

    // --- "N": suggestions and supervisors, from contribution's topic, in order per suggestion and per village.

    /** A suggestion's steps carry no day of their own: the day it was recorded, in Hai'an, is the step's day. */
    @EventHandler
    void on(SuggestionSubmitted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        String watch = suggestionWatch(event.suggestionId());
        OncePerEvent.apply(watches, watch, event.suggestionId(), sequence, Updates.combine(
                Updates.set("kind", ReminderKind.STUCK_SUGGESTION.name()), Updates.set("open", true),
                Updates.set("township", event.township()), Updates.set("category", event.category().name()),
                Updates.set("suggestionId", event.suggestionId()), Updates.set("title", event.topic()),
                Updates.set("step", "SUBMITTED"), Updates.set("since", day(recordedAt).toString())));
        list(watch);
    }

    @EventHandler
    void on(SuggestionAccepted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        step(event.suggestionId(), "ACCEPTED", sequence, recordedAt);
    }

    @EventHandler
    void on(SuggestionAdopted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        step(event.suggestionId(), "ADOPTED", sequence, recordedAt);
    }

    @EventHandler
    void on(SuggestionRejected event, @SequenceNumber long sequence) {
        close(suggestionWatch(event.suggestionId()), event.suggestionId(), sequence);
    }

    /** Implemented is as far as most suggestions go; writing one into a plan is not owed. */
    @EventHandler
    void on(SuggestionImplemented event, @SequenceNumber long sequence) {
        close(suggestionWatch(event.suggestionId()), event.suggestionId(), sequence);
    }

    @EventHandler
    void on(SuggestionWrittenIntoPlan event, @SequenceNumber long sequence) {
        close(suggestionWatch(event.suggestionId()), event.suggestionId(), sequence);
    }

    /**
     * A term of the same person in the same village that begins when an earlier one has ended renews it: nobody
     * needs reminding that it ends.
     */
    @EventHandler
    void on(SupervisorAppointed event, @SequenceNumber long sequence) {
        String watch = supervisorWatch(event.villageId(), event.personId(), event.termStart());
        String samePost = supervisorWatch(event.villageId(), event.personId(), null);
        for (String earlier : watchesAbout(event.personId())) {
            Document term = earlier.startsWith(samePost) && !earlier.equals(watch)
                    ? watches.find(Filters.eq("_id", earlier)).first() : null;
            if (term != null && term.getString("dueOn") != null
                    && !date(term.getString("dueOn")).isAfter(event.termStart())) {
                close(earlier, event.villageId(), sequence);
            }
        }
        OncePerEvent.apply(watches, watch, event.villageId(), sequence, Updates.combine(
                Updates.set("kind", ReminderKind.ENDING_SUPERVISOR_TERM.name()), Updates.set("open", true),
                Updates.set("township", event.township()), Updates.set("category", event.category().name()),
                Updates.set("villageId", event.villageId()), Updates.set("personId", event.personId()),
                Updates.set("since", event.termStart().toString()), Updates.set("dueOn", event.termEnd().toString())));
        Document person = people.find(Filters.eq("_id", event.personId())).first();
        if (person != null && person.getBoolean("forgotten", false)) {
            watches.updateOne(Filters.eq("_id", watch), Updates.set("forgotten", true));
        }
        aboutPerson(event.personId(), watch);
        list(watch);
    }

    @EventHandler
    void on(VillageRegistered event, @SequenceNumber long sequence) {
        OncePerEvent.apply(names, villageName(event.villageId()), event.villageId(), sequence,
                Updates.set("name", event.name()));
    }

    // --- The feed, as of today.

    @QueryHandler
    ReminderFeed handle(FindReminders query) {
        LocalDate today = LocalDate.now(clock);
        List<String> inboxIds = query.cadreId() != null ? List.of(cadreInbox(query.cadreId()))
                : query.township() != null ? List.of(townshipInbox(query.township()))
                : townships.codes().stream().map(ReminderBook::townshipInbox).toList();
        Set<String> listed = new LinkedHashSet<>();
        inboxes.find(Filters.in("_id", inboxIds))
                .forEach(inbox -> listed.addAll(inbox.getList("watches", String.class, List.of())));
        List<Document> open = new ArrayList<>();
        watches.find(Filters.in("_id", listed)).forEach(watch -> {
            if ((query.township() == null || query.township().equals(watch.getString("township")))
                    && (query.kind() == null || query.kind().name().equals(watch.getString("kind")))) {
                open.add(watch);
            }
        });
        Map<String, String> known = namesOf(open);
        List<Reminder> due = new ArrayList<>();
        for (Document watch : open) {
            reminder(watch, today, known).ifPresent(due::add);
        }
        due.sort(Comparator.comparingLong(Reminder::daysOverdue).reversed().thenComparing(Reminder::id));
        return new ReminderFeed(today, due);
    }

    private Optional<Reminder> reminder(Document watch, LocalDate today, Map<String, String> known) {
        ReminderKind kind = ReminderKind.valueOf(watch.getString("kind"));
        LocalDate since = date(watch.getString("since"));
        Category category = Category.valueOf(watch.getString("category"));
        String personId = watch.getString("personId");
        return switch (kind) {
            case OVERDUE_CONTACT -> {
                LocalDate lastContact = date(watch.getString("lastContact"));
                LocalDate touched = lastContact != null && lastContact.isAfter(since) ? lastContact : since;
                if (!contactOverdue.isOverdue(touched, today)) {
                    yield Optional.empty();
                }
                yield Optional.of(reminder(watch, kind, new Subject(personId, category, null, null, null, null,
                        null, null, null, null, null, null, touched),
                        contactOverdue.firstOverdueDay(touched).minusDays(1), today,
                        "/api/liaison/people/" + personId));
            }
            case OVERDUE_PROBLEM -> {
                LocalDate dueOn = date(watch.getString("dueOn"));
                String organisationId = watch.getString("organisationId");
                yield today.isAfter(dueOn)
                        ? Optional.of(reminder(watch, kind, new Subject(null, category, watch.getString("visitId"),
                                watch.getString("problemId"), organisationId,
                                known.get(organisationName(organisationId)), null, null, null,
                                watch.getString("title"), watch.getString("owner"), null, since), dueOn, today,
                                "/api/outreach/visits/" + watch.getString("visitId")))
                        : Optional.empty();
            }
            case STUCK_SUGGESTION -> {
                LocalDate lastDay = plus(since, suggestionStuckAfter);
                String suggestionId = watch.getString("suggestionId");
                yield today.isAfter(lastDay)
                        ? Optional.of(reminder(watch, kind, new Subject(null, category, null, null, null, null,
                                suggestionId, null, null, watch.getString("title"), null, watch.getString("step"),
                                since), lastDay, today, "/api/contribution/suggestions/" + suggestionId))
                        : Optional.empty();
            }
            case ENDING_SUPERVISOR_TERM -> {
                LocalDate termEnd = date(watch.getString("dueOn"));
                String villageId = watch.getString("villageId");
                boolean ending = !today.isBefore(minus(termEnd, supervisorTermWarning)) && today.isBefore(termEnd);
                yield ending
                        ? Optional.of(reminder(watch, kind, new Subject(personId, category, null, null, null, null,
                                null, villageId, known.get(villageName(villageId)), null, null, null, since),
                                termEnd, today, "/api/contribution/villages/" + villageId))
                        : Optional.empty();
            }
        };
    }

    private static Reminder reminder(Document watch, ReminderKind kind, Subject subject, LocalDate dueOn,
                                     LocalDate today, String link) {
        return new Reminder(watch.getString("_id"), kind, watch.getString("township"), watch.getString("cadreId"),
                subject, dueOn, ChronoUnit.DAYS.between(dueOn, today), link);
    }

    /** The names the open watches refer to, in one {@code _id $in} read. */
    private Map<String, String> namesOf(List<Document> open) {
        Set<String> keys = new LinkedHashSet<>();
        for (Document watch : open) {
            if (watch.getString("organisationId") != null) {
                keys.add(organisationName(watch.getString("organisationId")));
            }
            if (watch.getString("villageId") != null) {
                keys.add(villageName(watch.getString("villageId")));
            }
        }
        Map<String, String> found = new HashMap<>();
        if (!keys.isEmpty()) {
            names.find(Filters.in("_id", keys)).forEach(name -> found.put(name.getString("_id"),
                    name.getString("name")));
        }
        return found;
    }

    // --- Writing watches and inboxes.

    private void step(String suggestionId, String step, long sequence, Instant recordedAt) {
        String watch = suggestionWatch(suggestionId);
        OncePerEvent.apply(watches, watch, suggestionId, sequence, Updates.combine(Updates.set("step", step),
                Updates.set("since", day(recordedAt).toString())));
        list(watch);
    }

    private void close(String watch, String aggregateId, long sequence) {
        OncePerEvent.apply(watches, watch, aggregateId, sequence, Updates.set("open", false));
        list(watch);
    }

    /**
     * Puts the watch in the inboxes it belongs to now and takes it out of those it no longer does: an open watch of
     * a person not forgotten is in its township's inbox and, if it has one, its cadre's. It works from the watch's
     * stored state, and records last where it is listed, so running it again (after a crash, or for a redelivered
     * event) puts everything right.
     */
    private void list(String watchId) {
        Document watch = watches.find(Filters.eq("_id", watchId)).first();
        if (watch == null) {
            return;
        }
        List<String> belongs = new ArrayList<>();
        if (watch.getBoolean("open", false) && !watch.getBoolean("forgotten", false) && watch.containsKey("kind")) {
            belongs.add(townshipInbox(watch.getString("township")));
            if (watch.getString("cadreId") != null) {
                belongs.add(cadreInbox(watch.getString("cadreId")));
            }
        }
        for (String inbox : watch.getList("inboxes", String.class, List.of())) {
            if (!belongs.contains(inbox)) {
                inboxes.updateOne(Filters.eq("_id", inbox), Updates.pull("watches", watchId));
            }
        }
        for (String inbox : belongs) {
            inboxes.updateOne(Filters.eq("_id", inbox), Updates.addToSet("watches", watchId), UPSERT);
        }
        watches.updateOne(Filters.eq("_id", watchId), Updates.set("inboxes", belongs));
    }

    private void aboutPerson(String personId, String watch) {
        people.updateOne(Filters.eq("_id", personId), Updates.addToSet("watches", watch), UPSERT);
    }

    private List<String> watchesAbout(String personId) {
        Document person = people.find(Filters.eq("_id", personId)).first();
        return person == null ? List.of() : person.getList("watches", String.class, List.of());
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }

    static String contactWatch(String personId, String cadreId) {
        return ReminderKind.OVERDUE_CONTACT.name() + "|" + personId + "|" + cadreId;
    }

    static String problemWatch(String problemId) {
        return ReminderKind.OVERDUE_PROBLEM.name() + "|" + problemId;
    }

    static String suggestionWatch(String suggestionId) {
        return ReminderKind.STUCK_SUGGESTION.name() + "|" + suggestionId;
    }

    /** With no first day: the prefix every term of the person in that village shares. */
    static String supervisorWatch(String villageId, String personId, LocalDate termStart) {
        return ReminderKind.ENDING_SUPERVISOR_TERM.name() + "|" + villageId + "|" + personId + "|"
                + (termStart == null ? "" : termStart.toString());
    }

    private static String cadreInbox(String cadreId) {
        return "cadre|" + cadreId;
    }

    private static String townshipInbox(String township) {
        return "township|" + township;
    }

    private static String organisationName(String organisationId) {
        return "organisation|" + organisationId;
    }

    private static String villageName(String villageId) {
        return "village|" + villageId;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** A day beyond the calendar never stops the feed: it is simply never reached. */
    private static LocalDate plus(LocalDate day, Period period) {
        try {
            return day.plus(period);
        } catch (DateTimeException beyondTheCalendar) {
            return LocalDate.MAX;
        }
    }

    private static LocalDate minus(LocalDate day, Period period) {
        try {
            return day.minus(period);
        } catch (DateTimeException beforeTheCalendar) {
            return LocalDate.MIN;
        }
    }
}
