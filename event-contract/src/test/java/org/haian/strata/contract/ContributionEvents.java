package org.haian.strata.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.ConsultationBenefited;
import org.haian.strata.contract.contribution.ConsultationField;
import org.haian.strata.contract.contribution.ConsultationGiven;
import org.haian.strata.contract.contribution.ContributionRaised;
import org.haian.strata.contract.contribution.GovernmentMeetingAttended;
import org.haian.strata.contract.contribution.HouseholdPaired;
import org.haian.strata.contract.contribution.MeetingKind;
import org.haian.strata.contract.contribution.ProjectLinked;
import org.haian.strata.contract.contribution.PublicGoodActivityHeld;
import org.haian.strata.contract.contribution.PublicGoodActivityKind;
import org.haian.strata.contract.contribution.ResearchAuthorsAssigned;
import org.haian.strata.contract.contribution.ResearchReportAdopted;
import org.haian.strata.contract.contribution.ResearchReportNotAdopted;
import org.haian.strata.contract.contribution.ResearchReportSubmitted;
import org.haian.strata.contract.contribution.ResearchTopicSet;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionAdopted;
import org.haian.strata.contract.contribution.SuggestionImplemented;
import org.haian.strata.contract.contribution.SuggestionLevel;
import org.haian.strata.contract.contribution.SuggestionRejected;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.contribution.SuggestionWrittenIntoPlan;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.junit.jupiter.params.provider.Arguments;

import static org.haian.strata.contract.Pinned.cityLevel;
import static org.haian.strata.contract.Pinned.township;

/** The events the contribution context ("N") publishes, each as pinned in {@code contract/contribution}. */
final class ContributionEvents {

    private static final String PERSON = "5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60";
    private static final String OTHER = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String SUGGESTION = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
    private static final String VILLAGE = "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f";
    private static final String AGREEMENT = "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a";
    private static final String MEETING = "1f2a3b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c";
    private static final String TOPIC = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d";
    private static final String CONSULTATION = "4b5c6d7e-8f9a-4b0c-8d1e-2f3a4b5c6d7e";
    private static final String ACTIVITY = "9e0f1a2b-3c4d-4e5f-a6b7-c8d9e0f1a2b3";
    private static final LocalDate DAY = LocalDate.of(2024, 5, 20);

    private ContributionEvents() {
    }

    static Stream<Arguments> published() {
        Category staff = Category.ENTERPRISE_STAFF;
        return Stream.of(
                township("contribution/SuggestionSubmitted.1.json", new SuggestionSubmitted(SUGGESTION, "libao",
                        staff, List.of(PERSON, OTHER), "关于加强总部经济的建议", "A one-stop desk for head offices",
                        SuggestionLevel.TOWNSHIP, AGREEMENT, null)),
                township("contribution/SuggestionAccepted.1.json", new SuggestionAccepted(SUGGESTION, "libao",
                        staff, true)),
                township("contribution/SuggestionRejected.1.json", new SuggestionRejected(SUGGESTION, "libao",
                        staff, true, "Covered by the county plan")),
                township("contribution/SuggestionAdopted.1.json", new SuggestionAdopted(SUGGESTION, "libao", staff,
                        true, "李堡镇人民政府")),
                township("contribution/SuggestionImplemented.1.json", new SuggestionImplemented(SUGGESTION, "libao",
                        staff, true, "The desk opened in the town hall", DAY, "李政发〔2024〕12号")),
                township("contribution/SuggestionWrittenIntoPlan.1.json", new SuggestionWrittenIntoPlan(SUGGESTION,
                        "libao", staff, true, "李堡镇“十四五”规划")),
                township("contribution/VillageRegistered.1.json", new VillageRegistered(VILLAGE, "libao", "李堡村",
                        VillageKind.VILLAGE)),
                township("contribution/AgreementSigned.1.json", new AgreementSigned(VILLAGE, AGREEMENT, PERSON,
                        "libao", staff, DAY, 1)),
                township("contribution/AgreementEnded.1.json", new AgreementEnded(VILLAGE, AGREEMENT, PERSON,
                        "libao", staff, DAY.plusMonths(6), "Moved to the city", 0)),
                township("contribution/SupervisorAppointed.1.json", new SupervisorAppointed(VILLAGE, PERSON, "libao",
                        staff, DAY, DAY.plusYears(3))),
                township("contribution/ProjectLinked.1.json", new ProjectLinked(VILLAGE, OTHER, PERSON, "libao",
                        staff, "村集体光伏电站")),
                township("contribution/HouseholdPaired.1.json", new HouseholdPaired(VILLAGE, OTHER, PERSON, "libao",
                        staff, "LB-2024-017", DAY)),
                township("contribution/GovernmentMeetingAttended.1.json", new GovernmentMeetingAttended(MEETING,
                        "libao", MeetingKind.WORKING_MEETING, "李堡镇2024年政府工作会议", DAY, List.of(PERSON))),
                township("contribution/ContributionRaised.1.json", new ContributionRaised(MEETING, OTHER, "libao",
                        PERSON, "Extend the night bus to the industrial park")),
                cityLevel("contribution/ResearchTopicSet.1.json", new ResearchTopicSet(TOPIC, "关于加强总部经济的建议",
                        staff)),
                cityLevel("contribution/ResearchAuthorsAssigned.1.json", new ResearchAuthorsAssigned(TOPIC,
                        List.of(PERSON, OTHER))),
                cityLevel("contribution/ResearchReportSubmitted.1.json", new ResearchReportSubmitted(TOPIC, staff,
                        "关于加强总部经济的建议", "HA-NSS-2024-03")),
                cityLevel("contribution/ResearchReportAdopted.1.json", new ResearchReportAdopted(TOPIC, staff,
                        "海安市人民政府", DAY)),
                cityLevel("contribution/ResearchReportNotAdopted.1.json", new ResearchReportNotAdopted(TOPIC, staff,
                        "Overtaken by the provincial plan")),
                township("contribution/ConsultationGiven.1.json", new ConsultationGiven(CONSULTATION, "libao", staff,
                        PERSON, ConsultationField.TAX, DAY, 1, 0)),
                township("contribution/ConsultationBenefited.1.json", new ConsultationBenefited(CONSULTATION, OTHER,
                        "libao", staff)),
                township("contribution/PublicGoodActivityHeld.1.json", new PublicGoodActivityHeld(ACTIVITY, "libao",
                        Category.FREELANCER, PublicGoodActivityKind.CHARITY, "阳光行动：关爱特殊儿童", DAY,
                        List.of(PERSON, OTHER))));
    }
}
