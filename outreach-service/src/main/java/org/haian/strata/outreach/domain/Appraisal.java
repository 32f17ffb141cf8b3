package org.haian.strata.outreach.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.outreach.AppraisalAwarded;
import org.haian.strata.contract.outreach.AppraisalClosed;
import org.haian.strata.contract.outreach.AppraisalKind;
import org.haian.strata.contract.outreach.AppraisalOpened;
import org.haian.strata.contract.outreach.NomineeNominated;
import org.haian.strata.contract.outreach.VoteCast;
import org.haian.strata.outreach.api.appraisals.AwardAppraisal;
import org.haian.strata.outreach.api.appraisals.CastVotes;
import org.haian.strata.outreach.api.appraisals.CloseAppraisal;
import org.haian.strata.outreach.api.appraisals.Nominate;
import org.haian.strata.outreach.api.appraisals.OpenAppraisal;
import org.haian.strata.outreach.api.appraisals.TopTen;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.outreach.api.references.References;
import org.haian.strata.outreach.api.references.UnknownReference;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * An annual appraisal of the new-media programme (十佳网友 / 网媒 / 网文): open, nominations and votes, closed,
 * then its top ten awarded by {@link TopTen}'s rule. Its id is its year and kind ({@link OpenAppraisal#idOf}), so
 * a second appraisal of the same year and kind collides with the first. A city-wide record: the city runs it.
 */
@Aggregate
public class Appraisal {

    static final int TITLE = 300;
    static final int LINK = 2000;
    static final int VOTER = 64;

    @AggregateIdentifier
    private String appraisalId;
    private AppraisalKind kind;
    private boolean closed;
    private boolean awarded;
    // In the order of nomination, which breaks ties; keyed by what a nominee is, to refuse it twice.
    private final Map<String, TopTen.Nominee> nominees = new LinkedHashMap<>();
    private final Map<String, String> nomineeBySubject = new HashMap<>();
    private final Map<String, Set<String>> votesByVoter = new HashMap<>();
    private final Map<String, Integer> votes = new HashMap<>();
    private int votesCast;

    protected Appraisal() {
        // For Axon, which rebuilds the appraisal from its events.
    }

    @CommandHandler
    public Appraisal(OpenAppraisal command) {
        AppraisalKind appraised = Require.present("kind", command.kind());
        String id = OpenAppraisal.idOf(command.year(), appraised);
        if (!command.appraisalId().equals(id)) {
            throw new CommandRefused(INVALID, "appraisalId", "must be " + id);
        }
        apply(new AppraisalOpened(command.appraisalId(), command.year(), appraised));
    }

    @CommandHandler
    public void handle(Nominate command) {
        requireOpen();
        String nomineeId = Require.present("nomineeId", command.nomineeId());
        if (nominees.containsKey(nomineeId)) {
            throw CommandRefused.conflictWith("nomineeId", "is nominated already", "nomineeId", nomineeId);
        }
        NomineeNominated nominated = switch (kind) {
            case NETIZENS -> {
                only(command.organisationId() == null, "organisationId", "netizens");
                only(command.articleTitle() == null, "articleTitle", "netizens");
                only(command.articleLink() == null, "articleLink", "netizens");
                PersonReference person = References.person("personId", command.person());
                yield new NomineeNominated(appraisalId, nomineeId, person.township(), person.category(),
                        person.personId(), null, null, null);
            }
            case ONLINE_MEDIA -> {
                only(command.personId() == null, "personId", "online media");
                only(command.articleTitle() == null, "articleTitle", "online media");
                only(command.articleLink() == null, "articleLink", "online media");
                OrganisationReference outlet = References.organisation("organisationId", command.organisation());
                if (outlet.kind() != OrganisationKind.MEDIA_OUTLET) {
                    throw new UnknownReference("organisationId", "is not a media outlet");
                }
                yield new NomineeNominated(appraisalId, nomineeId, outlet.township(), outlet.category(), null,
                        outlet.organisationId(), null, null);
            }
            case ONLINE_ARTICLES -> {
                only(command.organisationId() == null, "organisationId", "online articles");
                String title = Require.text("articleTitle", command.articleTitle(), TITLE);
                String link = link(command.articleLink());
                PersonReference author = References.person("personId", command.person());
                yield new NomineeNominated(appraisalId, nomineeId, author.township(), author.category(),
                        author.personId(), null, title, link);
            }
        };
        String subject = subjectOf(nominated);
        String existing = nomineeBySubject.get(subject);
        if (existing != null) {
            throw CommandRefused.conflictWith(fieldOf(nominated), "is nominated already", "nomineeId", existing);
        }
        apply(nominated);
    }

    @CommandHandler
    public void handle(CastVotes command) {
        requireOpen();
        String voter = Require.text("voterId", command.voterId(), VOTER);
        List<String> given = Checks.distinct("nomineeIds", command.nomineeIds());
        if (given.isEmpty()) {
            throw new CommandRefused(INVALID, "nomineeIds", "must name at least one nominee");
        }
        Set<String> before = votesByVoter.getOrDefault(voter, Set.of());
        for (int i = 0; i < given.size(); i++) {
            if (!nominees.containsKey(given.get(i))) {
                throw new UnknownReference("nomineeIds[" + i + "]", "is not a nominee of this appraisal");
            }
            if (before.contains(given.get(i))) {
                throw new CommandRefused(CONFLICT, "nomineeIds[" + i + "]", "has this voter's vote already");
            }
        }
        if (before.size() + given.size() > TopTen.AWARDS) {
            throw new CommandRefused(CONFLICT, "nomineeIds", "a voter gives at most " + TopTen.AWARDS
                    + " nominees; this voter has given " + before.size());
        }
        for (String nomineeId : given) {
            TopTen.Nominee nominee = nominees.get(nomineeId);
            apply(new VoteCast(appraisalId, voter, nomineeId, nominee.township(), nominee.category()));
        }
    }

    @CommandHandler
    public void handle(CloseAppraisal command) {
        requireOpen();
        apply(new AppraisalClosed(appraisalId, nominees.size(), votesCast));
    }

    @CommandHandler
    public void handle(AwardAppraisal command) {
        if (!closed) {
            throw new CommandRefused(CONFLICT, "appraisalId", "is still open: it is awarded once closed");
        }
        if (awarded) {
            throw new CommandRefused(CONFLICT, "appraisalId", "is awarded already");
        }
        apply(new AppraisalAwarded(appraisalId, TopTen.of(new ArrayList<>(nominees.values()), votes)));
    }

    private void requireOpen() {
        if (closed) {
            throw new CommandRefused(CONFLICT, "appraisalId", "is closed: nothing changes after close");
        }
    }

    private static void only(boolean absent, String field, String kind) {
        if (!absent) {
            throw new CommandRefused(INVALID, field, "does not apply to an appraisal of " + kind);
        }
    }

    private static String link(String value) {
        String link = Require.text("articleLink", value, LINK);
        try {
            URI uri = new URI(link);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new CommandRefused(INVALID, "articleLink", "must be an http or https address");
            }
        } catch (URISyntaxException e) {
            throw new CommandRefused(INVALID, "articleLink", "must be an http or https address");
        }
        return link;
    }

    /** What one nominee is: the person, the outlet, or the article's link; each enters an appraisal once. */
    private static String subjectOf(NomineeNominated event) {
        return event.articleLink() != null ? "article:" + event.articleLink()
                : event.organisationId() != null ? "organisation:" + event.organisationId()
                : "person:" + event.personId();
    }

    private static String fieldOf(NomineeNominated event) {
        return event.articleLink() != null ? "articleLink" : event.organisationId() != null ? "organisationId"
                : "personId";
    }

    @EventSourcingHandler
    void on(AppraisalOpened event) {
        this.appraisalId = event.appraisalId();
        this.kind = event.kind();
    }

    @EventSourcingHandler
    void on(NomineeNominated event) {
        nominees.put(event.nomineeId(), new TopTen.Nominee(event.nomineeId(), event.township(), event.category()));
        nomineeBySubject.put(subjectOf(event), event.nomineeId());
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        votesByVoter.computeIfAbsent(event.voterId(), voter -> new HashSet<>()).add(event.nomineeId());
        votes.merge(event.nomineeId(), 1, Integer::sum);
        votesCast++;
    }

    @EventSourcingHandler
    void on(AppraisalClosed event) {
        this.closed = true;
    }

    @EventSourcingHandler
    void on(AppraisalAwarded event) {
        this.awarded = true;
    }
}
