package org.haian.strata.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.contract.liaison.BranchOpened;
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
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PersonalDataExported;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.contract.liaison.ResolutionStatus;
import org.haian.strata.contract.liaison.ResolutionStatusChanged;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.junit.jupiter.params.provider.Arguments;

import static org.haian.strata.contract.Pinned.cityLevel;
import static org.haian.strata.contract.Pinned.township;

/** The events the liaison context ("3") publishes, each as pinned in {@code contract/liaison}. */
final class LiaisonEvents {

    private static final String PERSON = "5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60";
    private static final String CADRE = "0b7e4f1c-2d3a-4c5b-9e6f-7a8b9c0d1e2f";
    private static final String ORGANISATION = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
    private static final String CONFERENCE = "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8";
    private static final String ASSOCIATION = "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String IMPORT = "3e1f5a7c-9b2d-4e6f-8a0c-2d4f6b8e0a1c";
    private static final String BASE = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";

    private LiaisonEvents() {
    }

    static Stream<Arguments> published() {
        return Stream.of(
                township("liaison/PersonRegistered.2.json", new PersonRegistered(
                        PERSON, "Lu Kehu", Category.ENTERPRISE_STAFF, "libao",
                        "Libao Entrepreneurs' Circle", "Chief engineer")),
                township("liaison/PersonProfileUpdated.2.json", new PersonProfileUpdated(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, "Libao Entrepreneurs' Circle", "Technical director",
                        "0513-88881234", "lu.kehu@example.com", null)),
                township("liaison/PersonMovedToTownship.1.json", new PersonMovedToTownship(
                        PERSON, "libao", "development-zone", Category.ENTERPRISE_STAFF, 2, true, 1)),
                township("liaison/PersonCategoryChanged.1.json", new PersonCategoryChanged(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, Category.NEW_MEDIA, 1, false, 0)),
                township("liaison/RepresentativeFigureDesignated.1.json", new RepresentativeFigureDesignated(
                        PERSON, "libao", Category.ENTERPRISE_STAFF)),
                township("liaison/RepresentativeFigureWithdrawn.1.json", new RepresentativeFigureWithdrawn(
                        PERSON, "libao", Category.ENTERPRISE_STAFF)),
                township("liaison/PoliticalArrangementRecorded.1.json", new PoliticalArrangementRecorded(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, ArrangementBody.CPPCC, ArrangementLevel.CITY,
                        "Member", LocalDate.of(2021, 12, 28), LocalDate.of(2026, 12, 27), 1)),
                township("liaison/PersonArchived.2.json", new PersonArchived(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, "Moved to Nantong", true, 1)),
                township("liaison/LiaisonAssigned.1.json", new LiaisonAssigned(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, CADRE, CadreLevel.CITY_LEADERSHIP,
                        LocalDate.of(2019, 3, 1), 1)),
                township("liaison/LiaisonEnded.1.json", new LiaisonEnded(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, CADRE, CadreLevel.CITY_LEADERSHIP, 0)),
                township("liaison/ContactLogged.2.json", new ContactLogged(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, CADRE, CadreLevel.CITY_LEADERSHIP,
                        LocalDate.of(2019, 6, 12), ContactChannel.VISIT, "Talked about the new workshop",
                        List.of("Land for a second plant", "Talent housing for engineers"))),
                cityLevel("liaison/CadreRegistered.2.json", new CadreRegistered(
                        CADRE, "Zhang Wei", CadreLevel.TOWNSHIP, "libao", "Deputy head of Libao town")),
                township("liaison/PersonRegistrationWithdrawn.1.json", new PersonRegistrationWithdrawn(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, IMPORT)),
                township("liaison/OrganisationRegistrationWithdrawn.1.json", new OrganisationRegistrationWithdrawn(
                        ORGANISATION, OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA, "haian-subdistrict", 12,
                        56000, IMPORT)),
                township("liaison/OrganisationRegistered.1.json", new OrganisationRegistered(
                        ORGANISATION, "Haian Online", OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA,
                        "haian-subdistrict", 12, 80, 56000)),
                township("liaison/OrganisationUpdated.1.json", new OrganisationUpdated(
                        ORGANISATION, "Haian Online", OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA,
                        "development-zone", 15, 85, 61000, Category.NEW_MEDIA, "haian-subdistrict", 12, 56000)),
                cityLevel("liaison/JointConferenceEstablished.1.json", new JointConferenceEstablished(
                        CONFERENCE, "Joint conference on new-social-strata work",
                        "Head of the United Front Work Department")),
                cityLevel("liaison/MemberUnitJoined.1.json", new MemberUnitJoined(
                        CONFERENCE, "Federation of Industry and Commerce", Category.ENTERPRISE_STAFF)),
                cityLevel("liaison/MemberUnitLeft.1.json", new MemberUnitLeft(
                        CONFERENCE, "Federation of Industry and Commerce", Category.ENTERPRISE_STAFF)),
                cityLevel("liaison/MeetingHeld.1.json", new MeetingHeld(
                        CONFERENCE, "2019-1", LocalDate.of(2019, 4, 18),
                        List.of("Federation of Industry and Commerce", "Tax Bureau"),
                        List.of(Category.ENTERPRISE_STAFF, Category.INTERMEDIARY), "Half-year review",
                        List.of(new MeetingHeld.Resolution("2019-1-1", "Open a tax policy hotline for members",
                                "Tax Bureau", Category.INTERMEDIARY)))),
                cityLevel("liaison/ResolutionStatusChanged.1.json", new ResolutionStatusChanged(
                        CONFERENCE, "2019-1-1", "2019-1", "Tax Bureau", Category.INTERMEDIARY,
                        ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS)),
                cityLevel("liaison/AssociationEstablished.1.json", new AssociationEstablished(
                        ASSOCIATION, "Hai'an New Social Strata Association")),
                cityLevel("liaison/BranchOpened.1.json", new BranchOpened(
                        ASSOCIATION, "education", "Education branch", BranchKind.SYSTEM, null,
                        AffiliationSystem.EDUCATION)),
                township("liaison/MemberAdmitted.1.json", new MemberAdmitted(
                        ASSOCIATION, PERSON, "libao", "libao", Category.ENTERPRISE_STAFF)),
                township("liaison/MemberRemoved.2.json", new MemberRemoved(
                        ASSOCIATION, PERSON, "libao", "libao", Category.ENTERPRISE_STAFF, "Left the area")),
                township("liaison/WorkBaseEstablished.1.json", new WorkBaseEstablished(
                        BASE, "Libao entrepreneurs' base", Category.ENTERPRISE_STAFF, "libao", ORGANISATION)),
                township("liaison/WorkBaseClosed.1.json", new WorkBaseClosed(
                        BASE, "libao", Category.ENTERPRISE_STAFF, "Merged into the city base")),
                township("liaison/PersonForgotten.1.json", new PersonForgotten(
                        PERSON, "libao", Category.ENTERPRISE_STAFF, "Consent withdrawn in writing")),
                township("liaison/PersonalDataExported.1.json", new PersonalDataExported(
                        PERSON, "libao", Category.ENTERPRISE_STAFF)));
    }
}
