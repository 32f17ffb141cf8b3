package org.haian.strata.analytics.projection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.platform.readmodel.OncePerEvent;

import static org.haian.strata.analytics.projection.StatisticsProjection.categoryId;
import static org.haian.strata.analytics.projection.StatisticsProjection.cellId;
import static org.haian.strata.analytics.projection.StatisticsProjection.townshipId;

/**
 * The listed liaisons (列名联系) of each person under liaison, for the overdue-contacts figure: one document per
 * person in {@code liaisons}, keyed by the person's id, with their township and category and, per cadre who
 * befriends them, the first day of the assignment and the day of the last contact (ISO dates, no notes, no name).
 *
 * <p>A contact becomes overdue by the calendar, without any event, so the figure is worked out when it is read,
 * against the injected clock, by scanning the documents of one township or one category (the MongoDB-wire server
 * has no secondary index). There are as many documents as people who were ever under liaison: 40 in the source,
 * a few hundred at most among the city's 2,000 registered people, so the scan stays small. A person whose last
 * liaison ended keeps an empty document: it holds the marks that make a repeated event harmless.
 *
 * <p>A person's document changes only on that person's own events, which arrive in order and one at a time; so
 * reading it, working out the next assignments and writing them back under the event's {@link OncePerEvent} mark is
 * safe, and no field has to be named after a cadre id (a sign-in name, which may contain dots).
 */
final class ListedLiaisons {

    static final String COLLECTION = "liaisons";
    private static final String TOWNSHIP = "township";
    private static final String CATEGORY = "category";
    private static final String ASSIGNMENTS = "assignments";
    private static final String CADRE = "cadreId";
    private static final String SINCE = "since";
    private static final String LAST_CONTACT = "lastContact";

    private final MongoCollection<Document> liaisons;
    private final Clock clock;
    private final Period overdueAfter;

    ListedLiaisons(MongoCollection<Document> liaisons, Clock clock, Period overdueAfter) {
        this.liaisons = liaisons;
        this.clock = clock;
        this.overdueAfter = overdueAfter;
    }

    void assigned(LiaisonAssigned event, String aggregateId, long sequence) {
        change(event.personId(), aggregateId, sequence, assignments -> {
            List<Document> next = without(assignments, event.cadreId());
            next.add(new Document(CADRE, event.cadreId()).append(SINCE, event.since().toString()));
            return next;
        }, Updates.set(TOWNSHIP, event.township()), Updates.set(CATEGORY, event.category().name()));
    }

    void ended(LiaisonEnded event, String aggregateId, long sequence) {
        change(event.personId(), aggregateId, sequence, assignments -> without(assignments, event.cadreId()));
    }

    /** A contact logged late for an earlier day does not move the last contact back. */
    void contacted(ContactLogged event, String aggregateId, long sequence) {
        change(event.personId(), aggregateId, sequence, assignments -> assignments.stream()
                .map(assignment -> assignment.getString(CADRE).equals(event.cadreId())
                        && isLaterThanLastContact(event.date(), assignment)
                        ? new Document(assignment).append(LAST_CONTACT, event.date().toString()) : assignment)
                .toList());
    }

    /** The person, with every liaison they have, is counted in this township and category from now on. */
    void relocated(String personId, String township, Category category, String aggregateId, long sequence) {
        OncePerEvent.apply(liaisons, personId, aggregateId, sequence,
                Updates.combine(Updates.set(TOWNSHIP, township), Updates.set(CATEGORY, category.name())));
    }

    /**
     * Overdue assignments today, per {@code statistics} document id (township, category, and both), among the people
     * of one township, of one category, or of one category in one township. A count covers only those people: the
     * whole city's figure of a township's category is not in the answer for that township.
     *
     * @param township null for every township (then a category is named)
     * @param category null for every category (then a township is named)
     */
    Map<String, Long> overdue(String township, Category category) {
        List<Bson> among = new ArrayList<>();
        if (township != null) {
            among.add(Filters.eq(TOWNSHIP, township));
        }
        if (category != null) {
            among.add(Filters.eq(CATEGORY, category.name()));
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> overdue = new HashMap<>();
        for (Document person : liaisons.find(Filters.and(among))) {
            long count = person.getList(ASSIGNMENTS, Document.class, List.of()).stream()
                    .filter(assignment -> today.isAfter(lastTouch(assignment).plus(overdueAfter)))
                    .count();
            if (count > 0) {
                String theirTownship = person.getString(TOWNSHIP);
                Category theirCategory = Category.valueOf(person.getString(CATEGORY));
                for (String documentId : List.of(townshipId(theirTownship), categoryId(theirCategory),
                        cellId(theirTownship, theirCategory))) {
                    overdue.merge(documentId, count, Long::sum);
                }
            }
        }
        return overdue;
    }

    private static boolean isLaterThanLastContact(LocalDate day, Document assignment) {
        String lastContact = assignment.getString(LAST_CONTACT);
        return lastContact == null || day.isAfter(LocalDate.parse(lastContact));
    }

    private static LocalDate lastTouch(Document assignment) {
        String lastContact = assignment.getString(LAST_CONTACT);
        return LocalDate.parse(lastContact != null ? lastContact : assignment.getString(SINCE));
    }

    private void change(String personId, String aggregateId, long sequence, UnaryOperator<List<Document>> next,
                        Bson... alsoSet) {
        Document person = liaisons.find(Filters.eq("_id", personId)).first();
        List<Document> assignments = person == null ? List.of()
                : person.getList(ASSIGNMENTS, Document.class, List.of());
        List<Bson> update = new ArrayList<>(List.of(alsoSet));
        update.add(Updates.set(ASSIGNMENTS, next.apply(assignments)));
        OncePerEvent.apply(liaisons, personId, aggregateId, sequence, Updates.combine(update));
    }

    private static List<Document> without(List<Document> assignments, String cadreId) {
        return new ArrayList<>(assignments.stream()
                .filter(assignment -> !assignment.getString(CADRE).equals(cadreId))
                .toList());
    }
}
