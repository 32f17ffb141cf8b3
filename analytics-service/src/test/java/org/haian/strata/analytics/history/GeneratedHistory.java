package org.haian.strata.analytics.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.JointConferenceEstablished;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.MeetingHeld;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;

/**
 * A made-up but consistent history of the "3", as liaison's aggregates would record it: people registered, moved,
 * re-categorised, designated, given political arrangements, befriended by cadres who log contacts (some entered
 * weeks late, with their earlier day), admitted to and removed from the association (also after an archive, as
 * the policy does), bases, member units and organisations; every kind of event the figures count and some they do
 * not. Each event comes with its aggregate's next sequence number and a recording time that moves forward over the
 * given span. The same seed makes the same history.
 */
public final class GeneratedHistory implements Iterator<DomainEventMessage<?>> {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final Category[] CATEGORIES = Category.values();

    private final Random random;
    private final List<String> townships;
    private final long total;
    private final Instant start;
    private final Duration span;
    private final Deque<DomainEventMessage<?>> ready = new ArrayDeque<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final List<String> cadres = new ArrayList<>();
    private final Map<String, CadreLevel> levels = new HashMap<>();
    private final List<String[]> bases = new ArrayList<>();
    private final List<String[]> units = new ArrayList<>();
    private final Map<String, OrganisationRegistered> organisations = new LinkedHashMap<>();
    private final String association;
    private final String conference;
    private long made;

    /**
     * @param total how many events, about (a step may make a few at once)
     * @param from  the day the history begins; it ends {@code days} later
     */
    public GeneratedHistory(long seed, long total, LocalDate from, int days, List<String> townships) {
        this.random = new Random(seed);
        this.total = total;
        this.townships = List.copyOf(townships);
        this.start = from.atStartOfDay(HAIAN).toInstant();
        this.span = Duration.ofDays(days);
        this.association = uuid();
        this.conference = uuid();
        emit("Association", association, new AssociationEstablished(association, "海安市新联会"));
        emit("JointConference", conference, new JointConferenceEstablished(conference, "联席会议", "部长"));
    }

    @Override
    public boolean hasNext() {
        return !ready.isEmpty() || made < total;
    }

    @Override
    public DomainEventMessage<?> next() {
        while (ready.isEmpty() && made < total) {
            step();
        }
        if (ready.isEmpty()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void step() {
        int roll = random.nextInt(100);
        // About one person in ten steps: a person's history stays about as long however long the city's grows.
        Person person = people.isEmpty() || roll < 7 ? null : people.get(random.nextInt(people.size()));
        if (person == null || person.archived) {
            register();
        } else if (roll < 40) {
            contact(person);
        } else if (roll < 50) {
            assign(person);
        } else if (roll < 54) {
            endLiaison(person);
        } else if (roll < 58) {
            designate(person);
        } else if (roll < 61) {
            arrangement(person);
        } else if (roll < 66) {
            membership(person);
        } else if (roll < 69) {
            move(person);
        } else if (roll < 71) {
            recategorise(person);
        } else if (roll < 73) {
            archive(person);
        } else if (roll < 78) {
            emit("Person", person.id, new PersonProfileUpdated(person.id, person.township, person.category, "Org",
                    "Role", null, null, null));
        } else if (roll < 84) {
            organisation();
        } else if (roll < 88) {
            base();
        } else if (roll < 91) {
            unit();
        } else if (roll < 94) {
            emit("JointConference", conference, new MeetingHeld(conference, uuid(), today(),
                    List.of("Tax bureau"), List.of(Category.INTERMEDIARY), "Agenda", List.of()));
        } else {
            cadre();
        }
    }

    private void register() {
        Person person = new Person(uuid(), township(), category());
        people.add(person);
        emit("Person", person.id, new PersonRegistered(person.id, "人士 " + person.id.substring(0, 6),
                person.category, person.township, "Org", "Role"));
    }

    private void cadre() {
        String id = "cadre-" + cadres.size();
        CadreLevel level = CadreLevel.values()[random.nextInt(CadreLevel.values().length)];
        cadres.add(id);
        levels.put(id, level);
        emit("Cadre", id, new CadreRegistered(id, "干部 " + id, level,
                level == CadreLevel.TOWNSHIP ? township() : null, "Post"));
    }

    private void assign(Person person) {
        if (cadres.isEmpty()) {
            cadre();
        }
        String cadre = cadres.get(random.nextInt(cadres.size()));
        if (person.liaisons.containsKey(cadre)) {
            return;
        }
        LocalDate since = today().minusDays(random.nextInt(400));
        person.liaisons.put(cadre, since);
        emit("Person", person.id, new LiaisonAssigned(person.id, person.township, person.category, cadre,
                levels.get(cadre), since, person.liaisons.size()));
    }

    private void contact(Person person) {
        if (person.liaisons.isEmpty()) {
            assign(person);
            return;
        }
        List<String> assigned = new ArrayList<>(person.liaisons.keySet());
        String cadre = assigned.get(random.nextInt(assigned.size()));
        LocalDate day = today();
        // One in ten contacts is entered weeks after it took place.
        if (random.nextInt(10) == 0) {
            LocalDate late = day.minusDays(7 + random.nextInt(50));
            day = late.isBefore(person.liaisons.get(cadre)) ? person.liaisons.get(cadre) : late;
        }
        if (day.isAfter(today())) {
            day = today();
        }
        emit("Person", person.id, new ContactLogged(person.id, person.township, person.category, cadre,
                levels.get(cadre), day, ContactChannel.values()[random.nextInt(4)], null, List.of()));
    }

    private void endLiaison(Person person) {
        if (!person.liaisons.isEmpty()) {
            String cadre = person.liaisons.keySet().iterator().next();
            person.liaisons.remove(cadre);
            emit("Person", person.id, new LiaisonEnded(person.id, person.township, person.category, cadre,
                    levels.get(cadre), person.liaisons.size()));
        }
    }

    private void designate(Person person) {
        person.representative = !person.representative;
        emit("Person", person.id, person.representative
                ? new RepresentativeFigureDesignated(person.id, person.township, person.category)
                : new RepresentativeFigureWithdrawn(person.id, person.township, person.category));
    }

    private void arrangement(Person person) {
        person.arrangements++;
        emit("Person", person.id, new PoliticalArrangementRecorded(person.id, person.township, person.category,
                ArrangementBody.CPPCC, ArrangementLevel.CITY, "委员", today().minusDays(random.nextInt(700)), null,
                person.arrangements));
    }

    private void membership(Person person) {
        if (person.member) {
            person.member = false;
            emit("Association", association, new MemberRemoved(association, person.id, null, person.admittedIn,
                    person.admittedAs, "Asked to leave"));
        } else {
            person.member = true;
            person.admittedIn = person.township;
            person.admittedAs = person.category;
            emit("Association", association, new MemberAdmitted(association, person.id, null, person.township,
                    person.category));
        }
    }

    private void move(Person person) {
        String to = township();
        if (!to.equals(person.township)) {
            emit("Person", person.id, new PersonMovedToTownship(person.id, person.township, to, person.category,
                    person.liaisons.size(), person.representative, person.arrangements));
            person.township = to;
        }
    }

    private void recategorise(Person person) {
        Category to = category();
        if (to != person.category) {
            emit("Person", person.id, new PersonCategoryChanged(person.id, person.township, person.category, to,
                    person.liaisons.size(), person.representative, person.arrangements));
            person.category = to;
        }
    }

    /** Every liaison ends first; the membership ends afterwards, as the policy after an archive does. */
    private void archive(Person person) {
        while (!person.liaisons.isEmpty()) {
            endLiaison(person);
        }
        person.archived = true;
        emit("Person", person.id, new PersonArchived(person.id, person.township, person.category, "Left Hai'an",
                person.representative, person.arrangements));
        if (person.member) {
            membership(person);
        }
    }

    private void organisation() {
        OrganisationKind kind = OrganisationKind.values()[random.nextInt(OrganisationKind.values().length)];
        Integer followers = kind == OrganisationKind.MEDIA_OUTLET ? random.nextInt(120_000) : null;
        if (!organisations.isEmpty() && random.nextBoolean()) {
            String id = new ArrayList<>(organisations.keySet()).get(random.nextInt(organisations.size()));
            OrganisationRegistered was = organisations.get(id);
            OrganisationRegistered now = new OrganisationRegistered(id, was.name(), was.kind(), category(),
                    township(), 1 + random.nextInt(2_000), 50, was.followers() == null ? null
                    : random.nextInt(120_000));
            organisations.put(id, now);
            emit("Organisation", id, new OrganisationUpdated(id, now.name(), now.kind(), now.category(),
                    now.township(), now.headcount(), now.influence(), now.followers(), was.category(),
                    was.township(), was.headcount(), was.followers()));
            return;
        }
        String id = uuid();
        OrganisationRegistered registered = new OrganisationRegistered(id, "组织 " + id.substring(0, 6), kind,
                category(), township(), 1 + random.nextInt(2_000), 50, followers);
        organisations.put(id, registered);
        emit("Organisation", id, registered);
    }

    private void base() {
        if (!bases.isEmpty() && random.nextInt(3) == 0) {
            String[] base = bases.remove(random.nextInt(bases.size()));
            emit("WorkBase", base[0], new WorkBaseClosed(base[0], base[1], Category.valueOf(base[2]), "Moved"));
        } else {
            String[] base = {uuid(), township(), category().name()};
            bases.add(base);
            emit("WorkBase", base[0], new WorkBaseEstablished(base[0], "基地", Category.valueOf(base[2]), base[1],
                    uuid()));
        }
    }

    private void unit() {
        if (!units.isEmpty() && random.nextInt(3) == 0) {
            String[] unit = units.remove(random.nextInt(units.size()));
            emit("JointConference", conference, new MemberUnitLeft(conference, unit[0], Category.valueOf(unit[1])));
        } else {
            String[] unit = {"Unit " + uuid(), category().name()};
            units.add(unit);
            emit("JointConference", conference, new MemberUnitJoined(conference, unit[0], Category.valueOf(unit[1])));
        }
    }

    private void emit(String type, String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        ready.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, event, MetaData.emptyInstance(),
                uuid(), now()));
        made++;
    }

    /** Ids from the seeded random, so that one seed makes one history. */
    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private Instant now() {
        return start.plusMillis(span.toMillis() * Math.min(made, total) / Math.max(1, total));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), HAIAN);
    }

    private String township() {
        return townships.get(random.nextInt(townships.size()));
    }

    private Category category() {
        int roll = random.nextInt(100);
        return roll < 50 ? CATEGORIES[0] : roll < 65 ? CATEGORIES[1] : roll < 95 ? CATEGORIES[2] : CATEGORIES[3];
    }

    private static final class Person {

        private final String id;
        private String township;
        private Category category;
        private final Map<String, LocalDate> liaisons = new LinkedHashMap<>();
        private boolean representative;
        private int arrangements;
        private boolean member;
        private String admittedIn;
        private Category admittedAs;
        private boolean archived;

        Person(String id, String township, Category category) {
            this.id = id;
            this.township = township;
            this.category = category;
        }
    }
}
