package org.haian.strata.contribution.projection;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contribution.api.people.FindPersonReference;
import org.haian.strata.contribution.api.people.PersonReference;
import org.haian.strata.testsupport.DomainEvents;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Liaison's events in, contribution's own view of people out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class PeopleViewTest {

    private PeopleView view;
    private DomainEvents events;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        view = new PeopleView(readModels);
        events = new DomainEvents(view);
    }

    @Test
    void aPersonFollowsTheirMovesCategoryMembershipAndArchive() {
        events.deliver(new PersonRegistered("p1", "Lu Kehu", Category.NEW_MEDIA, "libao", "Org", "Role"),
                new PersonMovedToTownship("p1", "libao", "qutang", Category.NEW_MEDIA, 0, false, 0),
                new PersonCategoryChanged("p1", "qutang", Category.NEW_MEDIA, Category.FREELANCER, 0, false, 0),
                new MemberAdmitted("assoc", "p1", null, "qutang", Category.FREELANCER));

        assertThat(view.handle(new FindPersonReference("p1")))
                .contains(new PersonReference("p1", "qutang", Category.FREELANCER, false, true));

        events.deliver(new MemberRemoved("assoc", "p1", null, "qutang", Category.FREELANCER, "Left"),
                new PersonArchived("p1", "qutang", Category.FREELANCER, "Moved away", false, 0));

        assertThat(view.handle(new FindPersonReference("p1")))
                .contains(new PersonReference("p1", "qutang", Category.FREELANCER, true, false));
    }

    /** Undoing the bulk import that registered them: the person takes no more contributions, as if archived. */
    @Test
    void aRegistrationWithdrawnWithItsImportCountsAsArchived() {
        events.deliver(new PersonRegistered("p3", "Wang Fang", Category.NEW_MEDIA, "libao", "Org", "Role"),
                new PersonRegistrationWithdrawn("p3", "libao", Category.NEW_MEDIA, "batch-1"));

        assertThat(view.handle(new FindPersonReference("p3")))
                .contains(new PersonReference("p3", "libao", Category.NEW_MEDIA, true, false));
    }

    @Test
    void aMembershipThatArrivesBeforeItsRegistrationIsNoPersonYet() {
        events.deliver(new MemberAdmitted("assoc", "p2", null, "libao", Category.INTERMEDIARY));

        assertThat(view.handle(new FindPersonReference("p2"))).isEmpty();

        events.deliver(new PersonRegistered("p2", "Xu Min", Category.INTERMEDIARY, "libao", "Org", "Role"));

        assertThat(view.handle(new FindPersonReference("p2")))
                .contains(new PersonReference("p2", "libao", Category.INTERMEDIARY, false, true));
    }
}
