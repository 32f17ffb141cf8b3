package org.haian.strata.analytics.projection;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;

/**
 * Liaison events as the liaison domain writes them, with only what the figures read spelled out. The counts they
 * carry ({@code activeLiaisons}, {@code politicalArrangements}, the standing of a person who moves) are the caller's
 * to keep true, as the aggregates keep them.
 */
final class Events {

    static final String ASSOCIATION = "association-1";
    static final String CONFERENCE = "conference-1";

    private Events() {
    }

    static PersonRegistered registered(String person, String township, Category category) {
        return new PersonRegistered(person, "Name of " + person, category, township, "Org", "Role");
    }

    static RepresentativeFigureDesignated designated(String person, String township, Category category) {
        return new RepresentativeFigureDesignated(person, township, category);
    }

    static RepresentativeFigureWithdrawn withdrawn(String person, String township, Category category) {
        return new RepresentativeFigureWithdrawn(person, township, category);
    }

    /** The person's {@code nth} arrangement on record (1 = their first). */
    static PoliticalArrangementRecorded arrangement(String person, String township, Category category, int nth) {
        return new PoliticalArrangementRecorded(person, township, category, ArrangementBody.CPPCC,
                ArrangementLevel.CITY, "member", LocalDate.of(2021, 1, nth), null, nth);
    }

    /** A cadre befriends the person from {@code since}; {@code activeLiaisons} cadres do so afterwards. */
    static LiaisonAssigned assigned(String person, String township, Category category, String cadre,
                                    LocalDate since, int activeLiaisons) {
        return new LiaisonAssigned(person, township, category, cadre, CadreLevel.DEPARTMENT, since, activeLiaisons);
    }

    static LiaisonEnded ended(String person, String township, Category category, String cadre, int activeLiaisons) {
        return new LiaisonEnded(person, township, category, cadre, CadreLevel.DEPARTMENT, activeLiaisons);
    }

    static ContactLogged contact(String person, String township, Category category, String cadre, LocalDate day) {
        return new ContactLogged(person, township, category, cadre, CadreLevel.DEPARTMENT, day, ContactChannel.VISIT,
                "talked about the season", List.of());
    }

    static PersonMovedToTownship moved(String person, String from, String to, Category category,
                                       int activeLiaisons, boolean representative, int politicalArrangements) {
        return new PersonMovedToTownship(person, from, to, category, activeLiaisons, representative,
                politicalArrangements);
    }

    static PersonCategoryChanged recategorised(String person, String township, Category from, Category to,
                                               int activeLiaisons, boolean representative,
                                               int politicalArrangements) {
        return new PersonCategoryChanged(person, township, from, to, activeLiaisons, representative,
                politicalArrangements);
    }

    static PersonArchived archived(String person, String township, Category category, boolean representative,
                                   int politicalArrangements) {
        return new PersonArchived(person, township, category, "left Hai'an", representative, politicalArrangements);
    }

    static MemberAdmitted admitted(String person, String township, Category category) {
        return new MemberAdmitted(ASSOCIATION, person, null, township, category);
    }

    static MemberRemoved removed(String person, String township, Category category) {
        return new MemberRemoved(ASSOCIATION, person, null, township, category, "asked to leave");
    }

    static WorkBaseEstablished baseEstablished(String base, String township, Category category) {
        return new WorkBaseEstablished(base, "Base " + base, category, township, "org-" + base);
    }

    static WorkBaseClosed baseClosed(String base, String township, Category category) {
        return new WorkBaseClosed(base, township, category, "host moved away");
    }

    static MemberUnitJoined unitJoined(String unit, Category category) {
        return new MemberUnitJoined(CONFERENCE, unit, category);
    }

    static MemberUnitLeft unitLeft(String unit, Category category) {
        return new MemberUnitLeft(CONFERENCE, unit, category);
    }
}
