package org.haian.strata.analytics.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.analytics.api.Figures;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.readmodel.OncePerEvent;

/**
 * Where each person counts and which associations they are a member of (新联会会员): one document per person in
 * {@code standings}, keyed by the person's id, with no name (analytics keeps counts only). It lets a member follow a
 * person who moves or changes category and leave every figure when the person is archived, which no single event
 * could tell: the association's events do not know about moves or archiving, and the person's events do not say
 * whether the person is a member.
 *
 * <p>The person's and the association's events travel in different Kafka partitions and may arrive in either order,
 * so members are counted where this document says the person is now, not where an admission says they were; an
 * admission that arrives after the person's archive counts nothing, and a removal after the archive takes nothing
 * off twice.
 *
 * <p>Such an event's changes to the figures depend on the standing before it, which the same event changes. So the
 * new standing and the changes are written together in one guarded update of the person's document, as pending
 * changes of that aggregate; then each {@code statistics} document is written under its own mark; then the pending
 * changes are cleared. An event delivered again after the process died anywhere in between finds its changes
 * pending and finishes them, even if the standing has moved on meanwhile through the other aggregate's events.
 *
 * <p>Reading the standing and writing the next one is safe because one thread runs all the {@code statistics}
 * handlers (one segment, see {@code application.yml}).
 */
final class Standings {

    static final String COLLECTION = "standings";
    private static final String PENDING = "pending";
    private static final String SEQUENCE = "sequence";
    private static final String CHANGES = "changes";

    private final MongoCollection<Document> standings;
    private final MongoCollection<Document> statistics;

    Standings(MongoCollection<Document> standings, MongoCollection<Document> statistics) {
        this.standings = standings;
        this.statistics = statistics;
    }

    /**
     * Applies an event that touches the person's standing, once.
     *
     * @param changes the event's changes to the figures that do not depend on the standing
     * @param change  the next standing, from the current one; adds what it changes in the figures to the changes
     */
    void apply(String personId, String aggregateId, long sequence, FigureChanges changes,
               BiFunction<Standing, FigureChanges, Standing> change) {
        Standing next = change.apply(Standing.of(standings.find(byId(personId)).first()), changes);
        String pending = PENDING + "." + aggregateId;
        if (OncePerEvent.apply(standings, personId, aggregateId, sequence, Updates.combine(next.update(),
                Updates.set(pending, new Document(SEQUENCE, sequence).append(CHANGES, changes.toDocuments()))))) {
            changes.writeTo(statistics, aggregateId, sequence);
            standings.updateOne(byId(personId), Updates.unset(pending));
        } else {
            finishPending(personId, aggregateId);
        }
    }

    /**
     * The event was seen before, so the standing has moved on and its changes cannot be worked out again; those the
     * first delivery stored are written if it did not get to clear them.
     */
    private void finishPending(String personId, String aggregateId) {
        Document left = standings.find(byId(personId)).first().get(PENDING, new Document())
                .get(aggregateId, Document.class);
        if (left != null) {
            FigureChanges.fromDocuments(left.getList(CHANGES, Document.class))
                    .writeTo(statistics, aggregateId, ((Number) left.get(SEQUENCE)).longValue());
            standings.updateOne(byId(personId), Updates.unset(PENDING + "." + aggregateId));
        }
    }

    private static Bson byId(String personId) {
        return Filters.eq("_id", personId);
    }

    /**
     * One person's standing.
     *
     * @param township     where the person and their memberships are counted; null before anything was heard of them
     * @param category     the category they are counted in; null before anything was heard of them
     * @param archived     whether the person left the registry, after which no membership counts
     * @param associations the associations the person is a member of
     */
    record Standing(String township, Category category, boolean archived, List<String> associations) {

        private static final String TOWNSHIP = "township";
        private static final String CATEGORY = "category";
        private static final String ARCHIVED = "archived";
        private static final String ASSOCIATIONS = "associations";

        Standing {
            associations = List.copyOf(associations);
        }

        static Standing of(Document document) {
            if (document == null) {
                return new Standing(null, null, false, List.of());
            }
            String category = document.getString(CATEGORY);
            return new Standing(document.getString(TOWNSHIP), category == null ? null : Category.valueOf(category),
                    document.getBoolean(ARCHIVED, false), document.getList(ASSOCIATIONS, String.class, List.of()));
        }

        Bson update() {
            return Updates.combine(Updates.set(TOWNSHIP, township),
                    Updates.set(CATEGORY, category == null ? null : category.name()),
                    Updates.set(ARCHIVED, archived), Updates.set(ASSOCIATIONS, associations));
        }

        /** The person is in this township and category from now on, and so are their memberships. */
        Standing relocatedTo(String township, Category category, FigureChanges changes) {
            if (this.township != null) {
                changes.count(this.township, this.category, Figures.MEMBERS, -associations.size());
            }
            changes.count(township, category, Figures.MEMBERS, associations.size());
            return new Standing(township, category, archived, associations);
        }

        /**
         * Counts a new membership where the person is now; where the admission says only while nothing else was
         * heard of the person yet.
         */
        Standing admittedTo(String associationId, String township, Category category, FigureChanges changes) {
            if (archived || associations.contains(associationId)) {
                return this;
            }
            Standing here = this.township == null ? new Standing(township, category, false, associations) : this;
            changes.count(here.township, here.category, Figures.MEMBERS, 1);
            List<String> memberOf = new ArrayList<>(associations);
            memberOf.add(associationId);
            return new Standing(here.township, here.category, false, memberOf);
        }

        Standing removedFrom(String associationId, FigureChanges changes) {
            if (!associations.contains(associationId)) {
                return this;
            }
            changes.count(township, category, Figures.MEMBERS, -1);
            List<String> memberOf = new ArrayList<>(associations);
            memberOf.remove(associationId);
            return new Standing(township, category, archived, memberOf);
        }

        /** The person leaves the registry, and with it every membership figure. */
        Standing archivedNow(FigureChanges changes) {
            if (township != null) {
                changes.count(township, category, Figures.MEMBERS, -associations.size());
            }
            return new Standing(township, category, true, List.of());
        }
    }
}
