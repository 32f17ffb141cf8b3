package org.haian.strata.liaison.policy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.liaison.api.association.RemoveMember;
import org.haian.strata.platform.domain.CommandRefused;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person who leaves the registry (人士归档) leaves the association (新联会) too, with a removal of its own, so that
 * the association's list, its history and every figure agree that they are no longer a member. One saga per
 * membership: it begins with the admission, removes the member when the person is archived, and ends with the
 * removal, whoever made it. The caller who archives the person need remember nothing; the removal carries their
 * name and request, copied from the archive.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class MembershipEndsWithArchive {

    static final String REASON = "Archived from the registry: ";

    private String associationId;
    private String personId;

    @Autowired
    @JsonIgnore
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "personId")
    void on(MemberAdmitted admitted) {
        this.associationId = admitted.associationId();
        this.personId = admitted.personId();
    }

    @SagaEventHandler(associationProperty = "personId")
    void on(PersonArchived archived) {
        try {
            commands.sendAndWait(new RemoveMember(associationId, personId, REASON + archived.reason()));
        } catch (CommandRefused alreadyGone) {
            // Removed by hand in the meantime: its MemberRemoved ends this saga as well.
        }
    }

    /** Every removal of this person names its association; only the removal from this one ends this saga. */
    @SagaEventHandler(associationProperty = "personId")
    void on(MemberRemoved removed) {
        if (removed.associationId().equals(associationId)) {
            SagaLifecycle.end();
        }
    }
}
