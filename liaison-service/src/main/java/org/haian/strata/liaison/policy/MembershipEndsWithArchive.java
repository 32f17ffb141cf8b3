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
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.liaison.api.association.RemoveMember;
import org.haian.strata.platform.domain.CommandRefused;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person who leaves the registry (人士归档, or a registration withdrawn with its import) leaves the association (新联会) too, with a removal of its own, so that
 * the association's list, its history and every figure agree that they are no longer a member. One saga per
 * membership: it begins with the admission, removes the member when the person is archived, and ends with the
 * removal, whoever made it. The caller who archives the person need remember nothing; the removal carries their
 * name and request, copied from the archive.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class MembershipEndsWithArchive {

    static final String REASON = "Archived from the registry: ";
    static final String WITHDRAWN = "Registration withdrawn with its import ";

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
        remove(REASON + archived.reason());
    }

    private void remove(String reason) {
        try {
            commands.sendAndWait(new RemoveMember(associationId, personId, reason));
        } catch (CommandRefused alreadyGone) {
            // Removed by hand in the meantime: its MemberRemoved ends this saga as well.
        }
    }

    /** A registration withdrawn with its import leaves the association the same way as an archive. */
    @SagaEventHandler(associationProperty = "personId")
    void on(PersonRegistrationWithdrawn withdrawn) {
        remove(WITHDRAWN + withdrawn.importBatch());
    }

    /** Every removal of this person names its association; only the removal from this one ends this saga. */
    @SagaEventHandler(associationProperty = "personId")
    void on(MemberRemoved removed) {
        if (removed.associationId().equals(associationId)) {
            SagaLifecycle.end();
        }
    }
}
