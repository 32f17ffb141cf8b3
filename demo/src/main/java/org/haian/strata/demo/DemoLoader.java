package org.haian.strata.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.demo.DemoCity.Activity;
import org.haian.strata.demo.DemoCity.AddressBook;
import org.haian.strata.demo.DemoCity.Agreement;
import org.haian.strata.demo.DemoCity.Appeal;
import org.haian.strata.demo.DemoCity.Appraisal;
import org.haian.strata.demo.DemoCity.Ballot;
import org.haian.strata.demo.DemoCity.Base;
import org.haian.strata.demo.DemoCity.Branch;
import org.haian.strata.demo.DemoCity.Cadre;
import org.haian.strata.demo.DemoCity.Consultation;
import org.haian.strata.demo.DemoCity.Contact;
import org.haian.strata.demo.DemoCity.FormReturn;
import org.haian.strata.demo.DemoCity.GovernmentMeeting;
import org.haian.strata.demo.DemoCity.Household;
import org.haian.strata.demo.DemoCity.Meeting;
import org.haian.strata.demo.DemoCity.Member;
import org.haian.strata.demo.DemoCity.MemberUnit;
import org.haian.strata.demo.DemoCity.Nominee;
import org.haian.strata.demo.DemoCity.OpinionForm;
import org.haian.strata.demo.DemoCity.Organisation;
import org.haian.strata.demo.DemoCity.Person;
import org.haian.strata.demo.DemoCity.Problem;
import org.haian.strata.demo.DemoCity.Project;
import org.haian.strata.demo.DemoCity.PublicGood;
import org.haian.strata.demo.DemoCity.RaisedContribution;
import org.haian.strata.demo.DemoCity.ResearchTopic;
import org.haian.strata.demo.DemoCity.Resolution;
import org.haian.strata.demo.DemoCity.Suggestion;
import org.haian.strata.demo.DemoCity.Summary;
import org.haian.strata.demo.DemoCity.Supervisor;
import org.haian.strata.demo.DemoCity.Village;
import org.haian.strata.demo.DemoCity.Visit;

import java.io.PrintStream;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sends the demo city's plan to the API, stage by stage (the registry; liaison's mechanisms; outreach; contribution),
 * each stage's records on a few concurrent workers.
 *
 * <p>Safe to run twice. Before a stage the loader reads what exists through the API's own lists and recognises each
 * planned record by its natural key: an organisation, conference, association or base by its name, a cadre by id, a
 * person by the registry's {@code 409} with {@code existingPersonId} (or, where that rule does not apply, by name in
 * the township), a visit by organisation and day, an address book, appraisal or half-year summary by the id the API
 * derives, an opinion form by township and title, an activity, meeting or research topic by title, a consultation by consultant, day and field, a village by township
 * and name, a suggestion by topic and first author. A record found is not sent again, and neither are its own steps
 * (a visit's log and problems, a village's agreements...). An existing person's follow-ups (profile, representative
 * flag, arrangement, liaison and contacts) are sent only if their record shows none of them yet. So a second run
 * sends nothing but look-ups; a run interrupted leaves the records it was in the middle of (one per worker)
 * part-done, never doubled.
 */
final class DemoLoader {

    /** What a load did: records created and found, requests sent, and how long it took. */
    record Result(int created, int found, long requests, long stepsSkipped, double seconds) {
    }

    private final Api api;
    private final DemoCity city;
    private final int workers;
    private final PrintStream out;
    private Progress progress;

    private final Map<String, String> organisationIds = new ConcurrentHashMap<>();
    private final Map<String, String> personIds = new ConcurrentHashMap<>();
    private final Set<String> newPeople = ConcurrentHashMap.newKeySet();
    private final Index meetingIds = new Index(new ConcurrentHashMap<>());
    private final Index agreementIds = new Index(new ConcurrentHashMap<>());
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger found = new AtomicInteger();

    DemoLoader(Api api, DemoCity city, int workers, PrintStream out) {
        this.api = api;
        this.city = city;
        this.workers = workers;
        this.out = out;
    }

    Result load() {
        api.signIn();
        try (Progress bar = new Progress(out, steps())) {
            progress = bar;
            registry();
            liaison();
            outreach();
            contribution();
            return new Result(created.get(), found.get(), api.requests(), bar.skipped(), bar.seconds());
        }
    }

    // --- stages ---

    private void registry() {
        progress.stage("registry: index");
        Index organisations = index("/api/liaison/organisations", Map.of(),
                item -> item.path("name").asText(), "organisationId");
        Set<String> cadres = ConcurrentHashMap.newKeySet();
        api.get("/api/liaison/cadres", Map.of()).forEach(cadre -> cadres.add(cadre.path("cadreId").asText()));
        List<Runnable> tasks = new ArrayList<>();
        for (Organisation o : city.organisations()) {
            tasks.add(() -> record(1, organisations.find(o.name()), id -> organisationIds.put(o.name(), id),
                    steps -> {
                String id = steps.post("/api/liaison/organisations", body("name", o.name(), "kind", o.kind(),
                        "category", o.category(), "township", o.township(), "headcount", o.headcount(),
                        "influence", o.influence(), "followers", o.followers())).path("organisationId").asText();
                organisationIds.put(o.name(), id);
            }));
        }
        for (Cadre c : city.cadres()) {
            tasks.add(() -> record(1, cadres.contains(c.cadreId()) ? c.cadreId() : null, id -> { }, steps ->
                    steps.post("/api/liaison/cadres", body("cadreId", c.cadreId(), "name", c.name(), "level", c.level(),
                            "township", c.township(), "post", c.post()))));
        }
        run("registry: organisations", tasks);
        tasks.clear();
        for (Person p : city.people()) {
            tasks.add(() -> {
                Steps steps = new Steps(1);
                String registered = p.organisation() == null || p.archiveReason() != null ? registered(p) : null;
                if (registered != null) {
                    personIds.put(p.name(), registered);
                    found.incrementAndGet();
                    steps.finish();
                    return;
                }
                try {
                    personIds.put(p.name(), steps.post("/api/liaison/people", body("name", p.name(),
                            "category", p.category(), "township", p.township(), "organisation", p.organisation(),
                            "role", p.role())).path("personId").asText());
                    newPeople.add(p.name());
                    created.incrementAndGet();
                } catch (Api.Refused refused) {
                    if (refused.status != 409 || !refused.problem.hasNonNull("existingPersonId")) {
                        throw refused;
                    }
                    personIds.put(p.name(), refused.problem.path("existingPersonId").asText());
                    found.incrementAndGet();
                }
                steps.finish();
            });
        }
        run("registry: people", tasks);
        Cadre lastCadre = city.cadres().get(city.cadres().size() - 1);
        awaitFound("/api/liaison/cadres/" + lastCadre.cadreId(), Predicate.not(JsonNode::isMissingNode));
    }

    private void liaison() {
        progress.stage("liaison: index");
        Index conferences = new Index(new ConcurrentHashMap<>());
        api.get("/api/liaison/conferences", Map.of())
                .forEach(c -> conferences.put(c.path("name").asText(), c.path("conferenceId").asText()));
        Index associations = new Index(new ConcurrentHashMap<>());
        api.get("/api/liaison/associations", Map.of())
                .forEach(a -> associations.put(a.path("name").asText(), a.path("associationId").asText()));
        Index bases = index("/api/liaison/bases", Map.of(), item -> item.path("name").asText(),
                "baseId");
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> record(conferenceSteps(), conferences.find(city.conference().name()), id -> { },
                this::conference));
        tasks.add(() -> record(associationSteps(), associations.find(city.association().name()), id -> { },
                this::association));
        for (Base b : city.bases()) {
            tasks.add(() -> record(1, bases.find(b.name()), id -> { }, steps -> steps.post("/api/liaison/bases",
                    body("name", b.name(), "category", b.category(), "township", b.township(),
                            "anchorOrganisationId", organisationIds.get(b.anchorOrganisation())))));
        }
        for (Person p : city.people()) {
            if (followUps(p) > 0) {
                tasks.add(() -> followUp(p));
            }
        }
        run("liaison: mechanisms", tasks);
    }

    private void outreach() {
        // Outreach and contribution know the registry from liaison's topic: wait until they have caught up.
        awaitFound("/api/outreach/organisations/" + organisationIds.get(city.organisations().get(
                city.organisations().size() - 1).name()), Predicate.not(JsonNode::isMissingNode));
        awaitFound("/api/outreach/people/" + personIds.get(city.people().get(city.people().size() - 1).name()),
                Predicate.not(JsonNode::isMissingNode));
        progress.stage("outreach: index");
        Index visits = index("/api/outreach/visits", Map.of(),
                item -> item.path("organisationId").asText() + "|" + item.path("plannedFor").asText(), "visitId");
        Index books = index("/api/outreach/address-books", Map.of(),
                item -> item.path("bookId").asText(), "bookId");
        Index forms = index("/api/outreach/opinion-forms", Map.of(),
                item -> item.path("township").asText() + "|" + item.path("title").asText(), "formId");
        Index activities = index("/api/outreach/activities", Map.of(),
                item -> item.path("title").asText(), "activityId");
        Index appraisals = index("/api/outreach/appraisals", Map.of(),
                item -> item.path("appraisalId").asText(), "appraisalId");
        List<Runnable> tasks = new ArrayList<>();
        for (Visit v : city.visits()) {
            tasks.add(() -> record(visitSteps(v), visits.find(organisationIds.get(v.organisation()) + "|" + v.day()),
                    id -> { }, steps -> visit(v, steps)));
        }
        for (AddressBook b : city.addressBooks()) {
            tasks.add(() -> record(1 + b.entries().size(), books.find("book-" + b.keeperCadreId()), id -> { },
                    steps -> {
                        String id = steps.post("/api/outreach/address-books", body("township", b.township(),
                                "keeperCadreId", b.keeperCadreId())).path("bookId").asText();
                        b.entries().forEach(e -> steps.post("/api/outreach/address-books/" + id + "/entries",
                                body("personId", person(e.person()), "online", e.online())));
                    }));
        }
        for (OpinionForm f : city.opinionForms()) {
            tasks.add(() -> record(2 + f.returns().size(), forms.find(f.township() + "|" + f.title()), id -> { },
                    steps -> form(f, steps)));
        }
        for (Activity a : city.activities()) {
            tasks.add(() -> record(activitySteps(a), activities.find(a.title()), id -> { },
                    steps -> activity(a, steps)));
        }
        for (Appraisal a : city.appraisals()) {
            tasks.add(() -> record(3 + a.nominees().size() + a.ballots().size(), appraisals.find(a.appraisalId()),
                    id -> { }, steps -> appraisal(a, steps)));
        }
        run("outreach: four modes", tasks);
        tasks.clear();
        // Filed last: a summary freezes the figures outreach has counted for its half-year.
        for (Summary s : city.summaries()) {
            String summaryId = s.township() + "-" + s.year() + "-h" + s.half();
            tasks.add(() -> record(1, api.get("/api/outreach/contact-summaries/" + summaryId, Map.of()) != null
                    ? summaryId : null, id -> { }, steps -> steps.post("/api/outreach/contact-summaries",
                    body("township", s.township(), "year", s.year(), "half", s.half(), "narrative", s.narrative()))));
        }
        run("outreach: summaries", tasks);
    }

    private void contribution() {
        Member lastMember = city.association().members().get(city.association().members().size() - 1);
        awaitFound("/api/contribution/people/" + person(lastMember.person()), node -> node.path("member").asBoolean());
        progress.stage("contribution: index");
        Index meetings = index("/api/contribution/meetings", Map.of(),
                item -> item.path("title").asText(), "meetingId");
        meetingIds.ids().putAll(meetings.ids());
        Index consultations = index("/api/contribution/consultations", Map.of(),
                item -> item.path("consultantId").asText() + "|" + item.path("givenOn").asText() + "|"
                        + item.path("field").asText(), "consultationId");
        Index topics = index("/api/contribution/research", Map.of(),
                item -> item.path("title").asText(), "topicId");
        Index goods = index("/api/contribution/activities", Map.of(),
                item -> item.path("title").asText(), "activityId");
        Index villages = new Index(new ConcurrentHashMap<>());
        api.forEachItem("/api/contribution/villages", Map.of(), item -> {
            String village = item.path("township").asText() + "|" + item.path("name").asText();
            villages.put(village, item.path("villageId").asText());
            item.path("agreements").forEach(a -> {
                if (a.path("endedOn").isNull() || a.path("endedOn").isMissingNode()) {
                    agreementIds.put(village + "|" + a.path("personId").asText(), a.path("agreementId").asText());
                }
            });
        });
        List<Runnable> tasks = new ArrayList<>();
        for (GovernmentMeeting m : city.meetings()) {
            tasks.add(() -> record(1 + m.contributions().size(), meetings.find(m.title()), id -> { }, steps -> {
                String id = steps.post("/api/contribution/meetings", body("township", m.township(), "kind", m.kind(),
                        "title", m.title(), "heldOn", m.heldOn(), "attendeeIds", people(m.attendees())))
                        .path("meetingId").asText();
                meetingIds.put(m.title(), id);
                for (RaisedContribution c : m.contributions()) {
                    steps.post("/api/contribution/meetings/" + id + "/contributions",
                            body("personId", person(c.person()), "text", c.text()));
                }
            }));
        }
        for (Consultation c : city.consultations()) {
            tasks.add(() -> record(1, consultations.find(person(c.consultant()) + "|" + c.givenOn() + "|" + c.field()),
                    id -> { }, steps -> steps.post("/api/contribution/consultations", body("township", c.township(),
                            "consultantId", person(c.consultant()), "field", c.field(), "givenOn", c.givenOn(),
                            "beneficiaryIds", c.beneficiaries() == null ? null : people(c.beneficiaries()),
                            "audience", c.audience()))));
        }
        for (ResearchTopic t : city.research()) {
            tasks.add(() -> record(researchSteps(t), topics.find(t.title()), id -> { }, steps -> research(t, steps)));
        }
        for (Village v : city.villages()) {
            tasks.add(() -> record(villageSteps(v), villages.find(v.township() + "|" + v.name()), id -> { },
                    steps -> village(v, steps)));
        }
        for (PublicGood g : city.publicGood()) {
            tasks.add(() -> record(1, goods.find(g.title()), id -> { }, steps -> steps.post(
                    "/api/contribution/activities", body("township", g.township(), "category", g.category(),
                            "kind", g.kind(), "title", g.title(), "heldOn", g.heldOn(),
                            "participantIds", people(g.participants())))));
        }
        run("contribution: channels", tasks);
        progress.stage("suggestions: index");
        Index suggestions = index("/api/contribution/suggestions", Map.of(),
                item -> item.path("topic").asText() + "|" + item.path("authorIds").path(0).asText(), "suggestionId");
        tasks.clear();
        for (Suggestion s : city.suggestions()) {
            tasks.add(() -> record(suggestionSteps(s), suggestions.find(s.topic() + "|" + person(s.authors().get(0))),
                    id -> { }, steps -> suggestion(s, steps)));
        }
        run("contribution: suggestions", tasks);
    }

    /**
     * The registry's duplicate rule (409 with {@code existingPersonId}) covers an active person of an organisation;
     * a person of no organisation (two people of one name may well live in one township) or one archived since
     * (who may come back) is registered again without a 409. The demo looks those few up by name in their township
     * instead: among the archived for a person the plan archives, among the active for the rest.
     */
    private String registered(Person p) {
        List<String> ids = new ArrayList<>();
        Map<String, String> filters = Map.of("township", p.township(), "name", p.name(),
                "archived", Boolean.toString(p.archiveReason() != null));
        api.forEachItem("/api/liaison/people", filters, item -> {
            String organisation = item.hasNonNull("organisation") ? same(item.path("organisation").asText()) : null;
            if (same(item.path("name").asText()).equals(same(p.name()))
                    && Objects.equals(organisation, p.organisation() == null ? null : same(p.organisation()))) {
                ids.add(item.path("personId").asText());
            }
        });
        return ids.isEmpty() ? null : ids.get(0);
    }

    // --- records and their steps ---

    private void followUp(Person p) {
        Steps steps = new Steps(followUps(p));
        String id = person(p.name());
        if (!newPeople.contains(p.name())) {
            JsonNode view = api.get("/api/liaison/people/" + id, Map.of());
            boolean followedUp = view.path("representative").asBoolean() || view.path("archived").asBoolean()
                    || !view.path("politicalArrangements").isEmpty() || !view.path("cadres").isEmpty()
                    || view.path("phone").isTextual();
            if (followedUp) {
                steps.finish();
                return;
            }
        }
        String path = "/api/liaison/people/" + id;
        if (p.archiveReason() != null) {
            steps.post(path + "/archive", body("reason", p.archiveReason()));
        }
        if (p.profile() != null) {
            steps.put(path + "/profile", body("organisation", p.organisation(), "role", p.role(),
                    "phone", p.profile().phone(), "email", p.profile().email(), "wechat", p.profile().wechat()));
        }
        if (p.representative()) {
            steps.put(path + "/representative", null);
        }
        if (p.arrangement() != null) {
            steps.post(path + "/political-arrangements", body("body", p.arrangement().body(),
                    "level", p.arrangement().level(), "post", p.arrangement().post(),
                    "termStart", p.arrangement().termStart(), "termEnd", p.arrangement().termEnd()));
        }
        if (p.liaison() != null) {
            steps.post(path + "/liaisons", body("cadreId", p.liaison().cadreId(), "since", p.liaison().since()));
            for (Contact c : p.liaison().contacts()) {
                steps.post(path + "/contacts", body("cadreId", p.liaison().cadreId(), "date", c.date(),
                        "channel", c.channel(), "notes", c.notes(), "issuesRaised", c.issuesRaised()));
            }
        }
        steps.finish();
    }

    private void conference(Steps steps) {
        String id = steps.post("/api/liaison/conferences", body("name", city.conference().name(),
                "convener", city.conference().convener())).path("conferenceId").asText();
        String path = "/api/liaison/conferences/" + id;
        for (MemberUnit u : city.conference().units()) {
            steps.post(path + "/member-units", body("unit", u.unit(), "category", u.category()));
        }
        for (Meeting m : city.conference().meetings()) {
            List<Map<String, Object>> resolutions = m.resolutions().stream()
                    .map(r -> body("text", r.text(), "ownerUnit", r.ownerUnit())).toList();
            JsonNode held = steps.post(path + "/meetings", body("date", m.date(), "attendingUnits", m.attendingUnits(),
                    "agenda", m.agenda(), "resolutions", resolutions));
            for (int i = 0; i < m.resolutions().size(); i++) {
                Resolution r = m.resolutions().get(i);
                String resolutionId = held.path("resolutionIds").path(i).asText();
                for (String status : r.statuses()) {
                    steps.put(path + "/resolutions/" + resolutionId + "/status", body("status", status));
                }
            }
        }
    }

    private void association(Steps steps) {
        String id = steps.post("/api/liaison/associations", body("name", city.association().name()))
                .path("associationId").asText();
        String path = "/api/liaison/associations/" + id;
        Map<String, String> branches = new LinkedHashMap<>();
        for (Branch b : city.association().branches()) {
            branches.put(b.name(), steps.post(path + "/branches", body("name", b.name(), "kind", b.kind(),
                    "township", b.township(), "system", b.system())).path("branchId").asText());
        }
        for (Member m : city.association().members()) {
            steps.post(path + "/members", body("personId", person(m.person()),
                    "branchId", m.branch() == null ? null : branches.get(m.branch())));
        }
    }

    private void visit(Visit v, Steps steps) {
        String id = steps.post("/api/outreach/visits", body("township", v.township(),
                "organisationId", organisationIds.get(v.organisation()), "plannedFor", v.day(),
                "leadCadreId", v.leadCadreId())).path("visitId").asText();
        String path = "/api/outreach/visits/" + id;
        steps.post(path + "/log", body("visitedOn", v.day(), "leadCadreId", v.leadCadreId(),
                "visitingCadreIds", v.visitingCadreIds(), "peopleMetIds", people(v.peopleMet()),
                "findings", v.findings()));
        for (Problem p : v.problems()) {
            String problemId = steps.post(path + "/problems", body("description", p.description(), "owner", p.owner(),
                    "dueOn", p.dueOn())).path("problemId").asText();
            if (p.resolvedOn() != null) {
                steps.post(path + "/problems/" + problemId + "/resolution", body("resolvedOn", p.resolvedOn(),
                        "note", p.note()));
            }
        }
    }

    private void form(OpinionForm f, Steps steps) {
        String id = steps.post("/api/outreach/opinion-forms", body("township", f.township(), "title", f.title(),
                "questions", f.questions())).path("formId").asText();
        String path = "/api/outreach/opinion-forms/" + id;
        steps.post(path + "/issues", body("issuedOn", f.issuedOn(), "personIds", people(f.issuedTo())));
        for (FormReturn r : f.returns()) {
            steps.post(path + "/returns", body("personId", person(r.person()), "returnedOn", r.returnedOn(),
                    "answers", r.answers()));
        }
    }

    private void activity(Activity a, Steps steps) {
        String id = steps.post("/api/outreach/activities", body("township", a.township(), "category", a.category(),
                "kind", a.kind(), "title", a.title(), "heldOn", a.heldOn(), "partnerUnits", a.partnerUnits()))
                .path("activityId").asText();
        String path = "/api/outreach/activities/" + id;
        if (!a.invited().isEmpty()) {
            steps.post(path + "/invitations", body("personIds", people(a.invited())));
        }
        for (String person : a.attended()) {
            steps.post(path + "/attendance", body("personId", person(person)));
        }
        for (Appeal appeal : a.appeals()) {
            String appealId = steps.post(path + "/appeals", body("personId", person(appeal.person()),
                    "subject", appeal.subject())).path("appealId").asText();
            if (appeal.outcome() != null) {
                steps.post(path + "/appeals/" + appealId + "/outcome", body("outcome", appeal.outcome(),
                        "concludedOn", appeal.concludedOn(), "note", appeal.note()));
            }
        }
    }

    private void appraisal(Appraisal a, Steps steps) {
        String id = steps.post("/api/outreach/appraisals", body("year", a.year(), "kind", a.kind()))
                .path("appraisalId").asText();
        String path = "/api/outreach/appraisals/" + id;
        List<String> nominees = new ArrayList<>();
        for (Nominee n : a.nominees()) {
            nominees.add(steps.post(path + "/nominees", body("personId", n.person() == null ? null : person(n.person()),
                    "organisationId", n.organisation() == null ? null : organisationIds.get(n.organisation()),
                    "articleTitle", n.articleTitle(), "articleLink", n.articleLink())).path("nomineeId").asText());
        }
        for (Ballot b : a.ballots()) {
            steps.post(path + "/votes", body("voterId", b.voterId(),
                    "nomineeIds", b.nominees().stream().map(nominees::get).toList()));
        }
        steps.post(path + "/close", null);
        steps.post(path + "/award", null);
    }

    private void research(ResearchTopic t, Steps steps) {
        String id = steps.post("/api/contribution/research", body("title", t.title(), "category", t.category()))
                .path("topicId").asText();
        String path = "/api/contribution/research/" + id;
        steps.post(path + "/authors", body("authorIds", people(t.authors())));
        if (t.reportTitle() != null) {
            steps.post(path + "/report", body("reportTitle", t.reportTitle(),
                    "documentReference", t.documentReference()));
        }
        if (t.adoptedBy() != null) {
            steps.post(path + "/adopt", body("body", t.adoptedBy(), "adoptedOn", t.adoptedOn()));
        } else if (t.declineReason() != null) {
            steps.post(path + "/decline", body("reason", t.declineReason()));
        }
    }

    private void village(Village v, Steps steps) {
        String id = steps.post("/api/contribution/villages", body("township", v.township(), "name", v.name(),
                "kind", v.kind())).path("villageId").asText();
        String path = "/api/contribution/villages/" + id;
        for (Agreement a : v.agreements()) {
            String agreementId = steps.post(path + "/agreements", body("personId", person(a.person()),
                    "signedOn", a.signedOn())).path("agreementId").asText();
            if (a.endedOn() != null) {
                steps.post(path + "/agreements/" + agreementId + "/end", body("endedOn", a.endedOn(),
                        "reason", a.endReason()));
            } else {
                agreementIds.put(v.township() + "|" + v.name() + "|" + person(a.person()), agreementId);
            }
        }
        for (Supervisor s : v.supervisors()) {
            steps.post(path + "/supervisors", body("personId", person(s.person()), "termStart", s.termStart(),
                    "termEnd", s.termEnd()));
        }
        for (Project p : v.projects()) {
            steps.post(path + "/projects", body("personId", person(p.person()), "project", p.project()));
        }
        for (Household h : v.households()) {
            steps.post(path + "/households", body("personId", person(h.person()), "householdCode", h.code(),
                    "pairedOn", h.pairedOn()));
        }
    }

    private void suggestion(Suggestion s, Steps steps) {
        String agreement = s.agreementVillage() == null ? null
                : agreementIds.find(s.township() + "|" + s.agreementVillage() + "|" + person(s.agreementPerson()));
        String id = steps.post("/api/contribution/suggestions", body("township", s.township(),
                "category", s.category(), "authorIds", people(s.authors()), "topic", s.topic(), "text", s.text(),
                "level", s.level(), "agreementId", agreement,
                "meetingId", s.meeting() == null ? null : meetingIds.find(s.meeting()))).path("suggestionId").asText();
        String path = "/api/contribution/suggestions/" + id;
        if (s.outcome() == DemoCity.Outcome.REJECTED) {
            steps.post(path + "/reject", body("reason", s.rejectReason()));
            return;
        }
        if (s.outcome().compareTo(DemoCity.Outcome.ACCEPTED) >= 0) {
            steps.post(path + "/accept", null);
        }
        if (s.outcome().compareTo(DemoCity.Outcome.ADOPTED) >= 0) {
            steps.post(path + "/adopt", body("body", s.adoptedBy()));
        }
        if (s.outcome().compareTo(DemoCity.Outcome.IMPLEMENTED) >= 0) {
            steps.post(path + "/implement", body("note", s.implementationNote(), "implementedOn", s.implementedOn(),
                    "documentReference", s.documentReference()));
        }
        if (s.outcome() == DemoCity.Outcome.PLANNED) {
            steps.post(path + "/plan", body("plan", s.plan()));
        }
    }

    // --- steps: one planned command each ---

    /** Every command the plan holds, the progress bar's total. */
    long steps() {
        long steps = city.organisations().size() + city.cadres().size() + city.people().size()
                + city.people().stream().mapToLong(DemoLoader::followUps).sum()
                + conferenceSteps() + associationSteps() + city.bases().size()
                + city.summaries().size() + city.consultations().size() + city.publicGood().size();
        steps += city.visits().stream().mapToLong(DemoLoader::visitSteps).sum();
        steps += city.addressBooks().stream().mapToLong(b -> 1 + b.entries().size()).sum();
        steps += city.opinionForms().stream().mapToLong(f -> 2 + f.returns().size()).sum();
        steps += city.activities().stream().mapToLong(DemoLoader::activitySteps).sum();
        steps += city.appraisals().stream().mapToLong(a -> 3 + a.nominees().size() + a.ballots().size()).sum();
        steps += city.meetings().stream().mapToLong(m -> 1 + m.contributions().size()).sum();
        steps += city.research().stream().mapToLong(DemoLoader::researchSteps).sum();
        steps += city.villages().stream().mapToLong(DemoLoader::villageSteps).sum();
        steps += city.suggestions().stream().mapToLong(DemoLoader::suggestionSteps).sum();
        return steps;
    }

    private static long followUps(Person p) {
        long steps = (p.archiveReason() != null ? 1 : 0) + (p.profile() != null ? 1 : 0) + (p.representative() ? 1 : 0)
                + (p.arrangement() != null ? 1 : 0);
        return steps + (p.liaison() == null ? 0 : 1 + p.liaison().contacts().size());
    }

    private long conferenceSteps() {
        return 1 + city.conference().units().size() + city.conference().meetings().stream()
                .mapToLong(m -> 1 + m.resolutions().stream().mapToLong(r -> r.statuses().size()).sum()).sum();
    }

    private long associationSteps() {
        return 1 + city.association().branches().size() + city.association().members().size();
    }

    private static long visitSteps(Visit v) {
        return 2 + v.problems().stream().mapToLong(p -> p.resolvedOn() != null ? 2 : 1).sum();
    }

    private static long activitySteps(Activity a) {
        return 1 + (a.invited().isEmpty() ? 0 : 1) + a.attended().size()
                + a.appeals().stream().mapToLong(p -> p.outcome() != null ? 2 : 1).sum();
    }

    private static long researchSteps(ResearchTopic t) {
        return 2 + (t.reportTitle() != null ? 1 : 0) + (t.adoptedBy() != null || t.declineReason() != null ? 1 : 0);
    }

    /** Submitted, then one step per stage reached: a rejection is one, a plan four (accept, adopt, implement, plan). */
    private static long suggestionSteps(Suggestion s) {
        switch (s.outcome()) {
            case SUBMITTED:
                return 1;
            case REJECTED:
            case ACCEPTED:
                return 2;
            case ADOPTED:
                return 3;
            case IMPLEMENTED:
                return 4;
            default:
                return 5;
        }
    }

    private static long villageSteps(Village v) {
        return 1 + v.agreements().size() + v.agreements().stream().filter(a -> a.endedOn() != null).count()
                + v.supervisors().size() + v.projects().size() + v.households().size();
    }

    /** A task's planned steps: the commands it sends, and at the end the rest, counted as skipped. */
    private final class Steps {
        private final long planned;
        private long sent;

        Steps(long planned) {
            this.planned = planned;
        }

        JsonNode post(String path, Object body) {
            sent++;
            progress.sent();
            return api.post(path, body);
        }

        JsonNode put(String path, Object body) {
            sent++;
            progress.sent();
            return api.put(path, body);
        }

        void finish() {
            if (planned > sent) {
                progress.skipped(planned - sent);
            }
        }
    }

    /** A planned record: found (its id, or null when it is not there), or made by {@code create}. */
    private void record(long steps, String existingId, java.util.function.Consumer<String> whenFound,
                        java.util.function.Consumer<Steps> create) {
        Steps counted = new Steps(steps);
        if (existingId != null) {
            whenFound.accept(existingId);
            found.incrementAndGet();
        } else {
            create.accept(counted);
            created.incrementAndGet();
        }
        counted.finish();
    }

    // --- helpers ---

    private Index index(String path, Map<String, String> filters, Function<JsonNode, String> key, String idField) {
        Map<String, String> index = new ConcurrentHashMap<>();
        api.forEachItem(path, filters, item -> index.put(same(key.apply(item)), item.path(idField).asText()));
        return new Index(index);
    }

    /**
     * A name as the services compare it: they store text NFKC-normalised and stripped (the plan's full-width
     * "（" comes back as "("), so a planned name is looked up in the same form.
     */
    static String same(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** What exists, by key in the services' form ({@link #same}), looked up by a planned key. */
    private record Index(Map<String, String> ids) {
        String find(String key) {
            return ids.get(same(key));
        }

        void put(String key, String id) {
            ids.put(same(key), id);
        }
    }

    /** Polls a read side until it answers what {@code ready} accepts; two minutes at most. */
    private void awaitFound(String path, Predicate<JsonNode> ready) {
        progress.stage("waiting for read sides");
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonNode answer = api.get(path, Map.of());
            if (answer != null && ready.test(answer)) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException(path + " did not show the loaded records within two minutes");
            }
            Api.sleep(500);
        }
    }

    private void run(String stage, List<Runnable> tasks) {
        progress.stage(stage);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException failed) {
            pool.shutdownNow();
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private String person(String name) {
        String id = personIds.get(name);
        if (id == null) {
            throw new IllegalStateException("The plan names " + name + ", who was not registered");
        }
        return id;
    }

    private List<String> people(List<String> names) {
        return names.stream().map(this::person).toList();
    }

    /** A JSON object of the pairs given; a null value is left out, a day written as ISO text. */
    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null) {
                body.put((String) pairs[i], value instanceof LocalDate day ? day.toString() : value);
            }
        }
        return body;
    }
}
