package org.haian.strata.contribution.web;

import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contribution.api.meetings.FindMeeting;
import org.haian.strata.contribution.api.meetings.MeetingView;
import org.haian.strata.contribution.api.people.FindPersonReference;
import org.haian.strata.contribution.api.people.PersonReference;
import org.haian.strata.contribution.api.twoway.AgreementReference;
import org.haian.strata.contribution.api.twoway.FindAgreement;
import org.haian.strata.platform.security.Tenancy;
import org.springframework.stereotype.Component;

/**
 * Checks what a request names against this service's read models before the command is sent. These views lag by
 * moments (a person registered in liaison a second ago may not be known yet: the caller retries), which is fine for
 * a reference; the rights over the record the command changes are the aggregate's to decide. A person or agreement
 * of a township the caller cannot see answers exactly like one that does not exist.
 */
@Component
public class References {

    private final QueryGateway queries;

    public References(QueryGateway queries) {
        this.queries = queries;
    }

    /** A person of liaison's registry who is still in it. */
    public PersonReference person(String field, String personId) {
        PersonReference person = find(personId)
                .orElseThrow(() -> new UnknownReference(field, "no such person in the registry"));
        if (person.archived()) {
            throw new UnknownReference(field, "the person is archived");
        }
        return person;
    }

    /** A person who is a member (会员) of the association as well. */
    public PersonReference member(String field, String personId) {
        PersonReference person = person(field, personId);
        if (!person.member()) {
            throw new UnknownReference(field, "the person is not a member of the association");
        }
        return person;
    }

    /** An active two-way agreement of villages in this township. */
    public AgreementReference activeAgreement(String field, String agreementId, String township) {
        AgreementReference agreement = queries.query(new FindAgreement(agreementId),
                        ResponseTypes.optionalInstanceOf(AgreementReference.class)).join()
                .filter(found -> Tenancy.visible(found.township()))
                .orElseThrow(() -> new UnknownReference(field, "no such agreement"));
        if (!agreement.township().equals(township)) {
            throw new UnknownReference(field, "the agreement is of a village of " + agreement.township());
        }
        if (!agreement.active()) {
            throw new UnknownReference(field, "the agreement has ended");
        }
        return agreement;
    }

    /** A government meeting of this township that members attended. */
    public MeetingView meeting(String field, String meetingId, String township) {
        MeetingView meeting = queries.query(new FindMeeting(meetingId),
                        ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                .filter(found -> Tenancy.visible(found.township()))
                .orElseThrow(() -> new UnknownReference(field, "no such meeting"));
        if (!meeting.township().equals(township)) {
            throw new UnknownReference(field, "the meeting was held by " + meeting.township());
        }
        return meeting;
    }

    private Optional<PersonReference> find(String personId) {
        return queries.query(new FindPersonReference(personId.strip()),
                        ResponseTypes.optionalInstanceOf(PersonReference.class)).join()
                .filter(person -> Tenancy.visible(person.township()));
    }
}
