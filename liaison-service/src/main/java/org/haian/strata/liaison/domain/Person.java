package org.haian.strata.liaison.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PersonalDataExported;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.liaison.api.listedliaison.AssignLiaison;
import org.haian.strata.liaison.api.listedliaison.EndLiaison;
import org.haian.strata.liaison.api.listedliaison.LogContact;
import org.haian.strata.liaison.api.people.ArchivePerson;
import org.haian.strata.liaison.api.people.ChangePersonCategory;
import org.haian.strata.liaison.api.people.DesignateRepresentativeFigure;
import org.haian.strata.liaison.api.people.ForgetPerson;
import org.haian.strata.liaison.api.people.MovePersonToTownship;
import org.haian.strata.liaison.api.people.RecordPersonalDataExport;
import org.haian.strata.liaison.api.people.RecordPoliticalArrangement;
import org.haian.strata.liaison.api.people.RegisterPerson;
import org.haian.strata.liaison.api.people.UpdatePersonProfile;
import org.haian.strata.liaison.api.people.WithdrawPersonRegistration;
import org.haian.strata.liaison.api.people.WithdrawRepresentativeFigure;
import org.haian.strata.platform.domain.CadreScope;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;
import org.haian.strata.platform.domain.VisibleText;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * A new-social-strata person (新的社会阶层人士) in the registry of one township, with the listed leaders and cadres
 * who befriend them (列名联系). Liaisons live here rather than on the cadre because every liaison rule is about
 * one person: who may log a contact with them, and whether they are under liaison at all.
 */
@Aggregate
public class Person extends TownshipRecord {

    // Lenient on purpose: landlines with area codes, mobiles and +86 numbers all occur; only obvious typos are refused.
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @AggregateIdentifier
    private String personId;
    private String township;
    private Category category;
    private Profile profile;
    private boolean representativeFigure;
    private final Set<Arrangement> arrangements = new HashSet<>();
    // Insertion order, so archiving ends the liaisons in the order they began, the same on every replay.
    private final Map<String, Liaison> liaisons = new LinkedHashMap<>();
    private boolean archived;
    private boolean forgotten;
    private boolean withdrawn;
    // The bulk import that registered the person, if one did: only undoing that import withdraws the registration.
    private String importBatch;

    protected Person() {
        // For Axon, which rebuilds the person from their events.
    }

    /**
     * A listed cadre's command reaches only a person assigned to them now (anyone else is not found to them, as on
     * reading), decided from the person's own liaisons the moment the assignment is stored.
     */
    @CommandHandlerInterceptor
    Object onlyTheirCadres(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        String cadre = CadreScope.of(command.getMetaData());
        if (cadre != null && !liaisons.containsKey(cadre)) {
            throw CommandRefused.notFound("personId");
        }
        return chain.proceed();
    }

    @CommandHandler
    public Person(RegisterPerson command) {
        apply(registration(command));
    }

    /**
     * The registration the command makes, or the refusal of its input: decided from the command alone, so that a
     * bulk import's dry run checks each row by exactly this rule without storing anything.
     */
    public static PersonRegistered registration(RegisterPerson command) {
        String name = Require.name("name", command.name(), 100);
        String township = Require.text("township", command.township());
        Category category = Require.present("category", command.category());
        return new PersonRegistered(command.personId(), name, category, township,
                VisibleText.of(command.organisation()), Require.optional(command.role()));
    }

    @CommandHandler
    public void handle(UpdatePersonProfile command) {
        refuseIfArchived();
        Profile next = new Profile(VisibleText.of(command.organisation()), Require.optional(command.role()),
                matching("phone", command.phone(), PHONE, "must be digits, spaces or dashes, optionally after a +"),
                matching("email", command.email(), EMAIL, "is not an e-mail address"),
                Require.optional(command.wechat()));
        if (next.equals(profile)) {
            throw new CommandRefused(CONFLICT, "personId", "already has exactly this profile");
        }
        apply(new PersonProfileUpdated(personId, township, category, next.organisation(), next.role(),
                next.phone(), next.email(), next.wechat()));
    }

    @CommandHandler
    public void handle(MovePersonToTownship command) {
        refuseIfArchived();
        String to = Require.text("township", command.township());
        if (to.equals(township)) {
            throw new CommandRefused(CONFLICT, "township", "is already the person's township");
        }
        apply(new PersonMovedToTownship(personId, township, to, category, liaisons.size(), representativeFigure,
                arrangements.size()));
    }

    @CommandHandler
    public void handle(ChangePersonCategory command) {
        refuseIfArchived();
        Category to = Require.present("category", command.category());
        if (to == category) {
            throw new CommandRefused(CONFLICT, "category", "is already the person's category");
        }
        apply(new PersonCategoryChanged(personId, township, category, to, liaisons.size(), representativeFigure,
                arrangements.size()));
    }

    @CommandHandler
    public void handle(DesignateRepresentativeFigure command) {
        refuseIfArchived();
        if (representativeFigure) {
            throw new CommandRefused(CONFLICT, "personId", "is already a representative figure");
        }
        apply(new RepresentativeFigureDesignated(personId, township, category));
    }

    @CommandHandler
    public void handle(WithdrawRepresentativeFigure command) {
        refuseIfArchived();
        if (!representativeFigure) {
            throw new CommandRefused(CONFLICT, "personId", "is not a representative figure");
        }
        apply(new RepresentativeFigureWithdrawn(personId, township, category));
    }

    @CommandHandler
    public void handle(RecordPoliticalArrangement command) {
        refuseIfArchived();
        ArrangementBody body = Require.present("body", command.body());
        ArrangementLevel level = Require.present("level", command.level());
        LocalDate termStart = Require.present("termStart", command.termStart());
        if (command.termEnd() != null && command.termEnd().isBefore(termStart)) {
            throw new CommandRefused(INVALID, "termEnd", "must not be before termStart");
        }
        String post = Require.optional(command.post());
        if (body == ArrangementBody.OTHER && post == null) {
            throw new CommandRefused(INVALID, "post", "must say which seat or post, since the body is OTHER");
        }
        if (arrangements.contains(new Arrangement(body, level, termStart))) {
            throw new CommandRefused(CONFLICT, "termStart",
                    "a " + level + " " + body + " arrangement from this day is already on record");
        }
        apply(new PoliticalArrangementRecorded(personId, township, category, body, level, post, termStart,
                command.termEnd(), arrangements.size() + 1));
    }

    @CommandHandler
    public void handle(ArchivePerson command) {
        refuseIfArchived();
        String reason = Require.text("reason", command.reason());
        // Ended one by one, counting down, so that "people under liaison" downstream drops this person exactly once.
        for (Map.Entry<String, Liaison> liaison : List.copyOf(liaisons.entrySet())) {
            apply(new LiaisonEnded(personId, township, category, liaison.getKey(), liaison.getValue().level(),
                    liaisons.size() - 1));
        }
        apply(new PersonArchived(personId, township, category, reason, representativeFigure, arrangements.size()));
    }

    /**
     * Undoing an import takes back only what the import alone made: a person someone has since befriended,
     * designated or given a political arrangement carries real work, and is archived by hand instead if need be.
     */
    @CommandHandler
    public void handle(WithdrawPersonRegistration command) {
        String batch = Require.text("importBatch", command.importBatch());
        if (withdrawn && batch.equals(importBatch)) {
            // An undo taken up again after an interruption: this one is withdrawn already.
            return;
        }
        refuseIfArchived();
        if (!batch.equals(importBatch)) {
            throw new CommandRefused(CONFLICT, "personId", "was not registered by this import");
        }
        if (!liaisons.isEmpty() || representativeFigure || !arrangements.isEmpty()) {
            throw new CommandRefused(CONFLICT, "personId", "has listed liaison, a representative-figure designation "
                    + "or a political arrangement recorded since the import: archive the person instead");
        }
        apply(new PersonRegistrationWithdrawn(personId, township, category, batch));
    }

    /** 删除个人信息: the city erases what identifies the person; the person stays counted where they were. */
    @CommandHandler
    public void handle(ForgetPerson command) {
        refuseIfForgotten();
        apply(new PersonForgotten(personId, township, category, Require.text("reason", command.reason())));
    }

    /** A subject-access request is recorded before the data is handed out, whoever asks. */
    @CommandHandler
    public void handle(RecordPersonalDataExport command) {
        apply(new PersonalDataExported(personId, township, category));
    }

    @CommandHandler
    public void handle(AssignLiaison command) {
        refuseIfArchived();
        String cadreId = Require.text("cadreId", command.cadreId());
        CadreLevel level = Require.present("cadreLevel", command.cadreLevel());
        LocalDate since = Require.present("since", command.since());
        if (liaisons.containsKey(cadreId)) {
            throw new CommandRefused(CONFLICT, "cadreId", "is already assigned to this person");
        }
        apply(new LiaisonAssigned(personId, township, category, cadreId, level, since, liaisons.size() + 1));
    }

    @CommandHandler
    public void handle(EndLiaison command) {
        refuseIfArchived();
        String cadreId = Require.text("cadreId", command.cadreId());
        Liaison liaison = liaisons.get(cadreId);
        if (liaison == null) {
            throw new CommandRefused(CONFLICT, "cadreId", "is not assigned to this person");
        }
        apply(new LiaisonEnded(personId, township, category, cadreId, liaison.level(), liaisons.size() - 1));
    }

    @CommandHandler
    public void handle(LogContact command) {
        refuseIfArchived();
        String cadreId = Require.text("cadreId", command.cadreId());
        LocalDate date = Require.present("date", command.date());
        Require.present("channel", command.channel());
        Liaison liaison = liaisons.get(cadreId);
        if (liaison == null) {
            throw new CommandRefused(CONFLICT, "cadreId", "is not assigned to this person");
        }
        // A future date is refused at the edge, which knows today; the aggregate only knows when the liaison began.
        if (date.isBefore(liaison.since())) {
            throw new CommandRefused(INVALID, "date", "must not be before the liaison began on " + liaison.since());
        }
        List<String> issues = command.issuesRaised() == null ? List.of() : command.issuesRaised().stream()
                .map(Require::optional).filter(Objects::nonNull).toList();
        apply(new ContactLogged(personId, township, category, cadreId, liaison.level(), date, command.channel(),
                Require.optional(command.notes()), issues));
    }

    /** The township the person belongs to now; deciders outside this aggregate (association admission) ask too. */
    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "personId";
    }

    /** The person's category, for deciders outside this aggregate (association admission). */
    Category category() {
        return category;
    }

    boolean isArchived() {
        return archived || withdrawn;
    }

    boolean isForgotten() {
        return forgotten;
    }

    @EventSourcingHandler
    void on(PersonRegistered event, @MetaDataValue(EventMetadata.IMPORT_BATCH) String importBatch) {
        this.importBatch = importBatch;
        this.personId = event.personId();
        this.township = event.township();
        this.category = event.category();
        this.profile = new Profile(event.organisation(), event.role(), null, null, null);
    }

    @EventSourcingHandler
    void on(PersonProfileUpdated event) {
        this.profile = new Profile(event.organisation(), event.role(), event.phone(), event.email(), event.wechat());
    }

    @EventSourcingHandler
    void on(PersonMovedToTownship event) {
        this.township = event.toTownship();
    }

    @EventSourcingHandler
    void on(PersonCategoryChanged event) {
        this.category = event.toCategory();
    }

    @EventSourcingHandler
    void on(RepresentativeFigureDesignated event) {
        this.representativeFigure = true;
    }

    @EventSourcingHandler
    void on(RepresentativeFigureWithdrawn event) {
        this.representativeFigure = false;
    }

    @EventSourcingHandler
    void on(PoliticalArrangementRecorded event) {
        arrangements.add(new Arrangement(event.body(), event.level(), event.termStart()));
    }

    @EventSourcingHandler
    void on(LiaisonAssigned event) {
        liaisons.put(event.cadreId(), new Liaison(event.cadreLevel(), event.since()));
    }

    @EventSourcingHandler
    void on(LiaisonEnded event) {
        liaisons.remove(event.cadreId());
    }

    @EventSourcingHandler
    void on(PersonArchived event) {
        this.archived = true;
    }

    @EventSourcingHandler
    void on(PersonRegistrationWithdrawn event) {
        this.withdrawn = true;
    }

    @EventSourcingHandler
    void on(PersonForgotten event) {
        this.forgotten = true;
        this.profile = null;
    }

    /** An archived person takes no change; neither does a forgotten one, whose record is only a count now. */
    private void refuseIfArchived() {
        refuseIfForgotten();
        if (withdrawn) {
            throw new CommandRefused(CONFLICT, "personId", "was withdrawn with the import that registered them");
        }
        if (archived) {
            throw new CommandRefused(CONFLICT, "personId", "is archived");
        }
    }

    /** Anything more would write personal data again under a key that no longer exists. */
    private void refuseIfForgotten() {
        if (forgotten) {
            throw new CommandRefused(CONFLICT, "personId", "was forgotten: their personal data is erased");
        }
    }

    private static String matching(String field, String value, Pattern pattern, String reason) {
        String stripped = Require.optional(value);
        if (stripped != null && !pattern.matcher(stripped).matches()) {
            throw new CommandRefused(INVALID, field, reason);
        }
        return stripped;
    }

    /** Kept only to tell a real change from a resubmitted form. */
    private record Profile(String organisation, String role, String phone, String email, String wechat) {
    }

    /** One term in one body at one level: recording it twice would count the person's arrangements twice. */
    private record Arrangement(ArrangementBody body, ArrangementLevel level, LocalDate termStart) {
    }

    private record Liaison(CadreLevel level, LocalDate since) {
    }
}
