package org.haian.strata.contract;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.outreach.ActivityKind;
import org.haian.strata.contract.outreach.ActivityOrganised;
import org.haian.strata.contract.outreach.AddressBookEntryAdded;
import org.haian.strata.contract.outreach.AddressBookEntryRemoved;
import org.haian.strata.contract.outreach.AddressBookOpened;
import org.haian.strata.contract.outreach.AppealConcluded;
import org.haian.strata.contract.outreach.AppealHeard;
import org.haian.strata.contract.outreach.AppealOutcome;
import org.haian.strata.contract.outreach.AppraisalAwarded;
import org.haian.strata.contract.outreach.AppraisalClosed;
import org.haian.strata.contract.outreach.AppraisalKind;
import org.haian.strata.contract.outreach.AppraisalOpened;
import org.haian.strata.contract.outreach.AttendanceRecorded;
import org.haian.strata.contract.outreach.ContactSummaryFiled;
import org.haian.strata.contract.outreach.NomineeNominated;
import org.haian.strata.contract.outreach.OpinionFormDrafted;
import org.haian.strata.contract.outreach.OpinionFormIssued;
import org.haian.strata.contract.outreach.OpinionFormReturned;
import org.haian.strata.contract.outreach.PeopleInvited;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.contract.outreach.VoteCast;
import org.junit.jupiter.params.provider.Arguments;

import static org.haian.strata.contract.Pinned.cityLevel;
import static org.haian.strata.contract.Pinned.township;

/** The events the outreach context ("4") publishes, each as pinned in {@code contract/outreach}. */
final class OutreachEvents {

    private static final String PERSON = "5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60";
    private static final String OTHER = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String CADRE = "0b7e4f1c-2d3a-4c5b-9e6f-7a8b9c0d1e2f";
    private static final String OTHER_CADRE = "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String ORGANISATION = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
    private static final String VISIT = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a";
    private static final String PROBLEM = "f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b9c";
    private static final String BOOK = "book-" + CADRE;
    private static final String FORM = "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d";
    private static final String SUMMARY = "libao-2024-h1";
    private static final String ACTIVITY = "b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e";
    private static final String APPEAL = "c9d0e1f2-a3b4-4c5d-8e6f-7a8b9c0d1e2f";
    private static final String APPRAISAL = "2024-online-articles";
    private static final String NOMINEE = "3e1f0d2c-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
    private static final String OTHER_NOMINEE = "4f2a1e3d-5c6b-4d7e-9f8a-0b1c2d3e4f5a";
    private static final LocalDate DAY = LocalDate.of(2024, 5, 20);

    private OutreachEvents() {
    }

    static Stream<Arguments> published() {
        Category staff = Category.ENTERPRISE_STAFF;
        Category media = Category.NEW_MEDIA;
        return Stream.of(
                township("outreach/VisitPlanned.1.json", new VisitPlanned(VISIT, "libao", staff, ORGANISATION, DAY,
                        CADRE)),
                township("outreach/VisitLogged.1.json", new VisitLogged(VISIT, "libao", staff, ORGANISATION, DAY,
                        CADRE, CadreLevel.TOWNSHIP, List.of(OTHER_CADRE), List.of(PERSON, OTHER),
                        "订单饱满，二期厂房缺少用地指标")),
                township("outreach/ProblemRaised.1.json", new ProblemRaised(VISIT, PROBLEM, "libao", staff,
                        "Land for a second plant", "李堡镇自然资源和规划所", DAY, DAY.plusDays(30))),
                township("outreach/ProblemResolved.1.json", new ProblemResolved(VISIT, PROBLEM, "libao", staff,
                        DAY.plusDays(21), DAY.plusDays(30), "Land allotted in the industrial park")),
                township("outreach/AddressBookOpened.1.json", new AddressBookOpened(BOOK, "libao", CADRE)),
                township("outreach/AddressBookEntryAdded.1.json", new AddressBookEntryAdded(BOOK, "libao", PERSON,
                        staff, true)),
                township("outreach/AddressBookEntryRemoved.1.json", new AddressBookEntryRemoved(BOOK, "libao",
                        PERSON)),
                township("outreach/OpinionFormDrafted.1.json", new OpinionFormDrafted(FORM, "libao", staff,
                        "2024年营商环境征求意见表", List.of("How long did your last permit take?",
                        "你对园区配套服务有什么建议？"))),
                township("outreach/OpinionFormIssued.1.json", new OpinionFormIssued(FORM, "libao", staff, DAY,
                        List.of(PERSON, OTHER))),
                township("outreach/OpinionFormReturned.1.json", new OpinionFormReturned(FORM, "libao", staff, PERSON,
                        DAY.plusDays(7), List.of("Three weeks", "增开园区到城区的公交班次"))),
                township("outreach/ContactSummaryFiled.1.json", new ContactSummaryFiled(SUMMARY, "libao", 2024, 1, 1,
                        LocalDate.of(2024, 6, 30), figures(), "上半年走访企业12家，解决问题7个")),
                township("outreach/ActivityOrganised.1.json", new ActivityOrganised(ACTIVITY, "libao", media,
                        ActivityKind.SECRETARY_NETIZEN_MEETING, "书记网友面对面：聊聊老街改造", DAY,
                        List.of("海安市网信办"))),
                township("outreach/PeopleInvited.1.json", new PeopleInvited(ACTIVITY, "libao", media,
                        List.of(PERSON, OTHER))),
                township("outreach/AttendanceRecorded.1.json", new AttendanceRecorded(ACTIVITY, "libao", media,
                        PERSON, DAY, true)),
                township("outreach/AppealHeard.1.json", new AppealHeard(ACTIVITY, APPEAL, "libao", media, PERSON, DAY,
                        "老街改造期间希望保留夜市摊位")),
                township("outreach/AppealConcluded.1.json", new AppealConcluded(ACTIVITY, APPEAL, "libao", media,
                        AppealOutcome.REFERRED, DAY.plusDays(3), "Passed to the town's urban management office")),
                cityLevel("outreach/AppraisalOpened.1.json", new AppraisalOpened(APPRAISAL, 2024,
                        AppraisalKind.ONLINE_ARTICLES)),
                cityLevel("outreach/NomineeNominated.1.json", new NomineeNominated(APPRAISAL, NOMINEE, "libao",
                        media, PERSON, null, "海安这座小城，藏着多少“隐形冠军”",
                        "https://mp.weixin.qq.com/s/haian-hidden-champions")),
                cityLevel("outreach/VoteCast.1.json", new VoteCast(APPRAISAL, "ballot-0001", NOMINEE, "libao",
                        media)),
                cityLevel("outreach/AppraisalClosed.1.json", new AppraisalClosed(APPRAISAL, 2, 3)),
                cityLevel("outreach/AppraisalAwarded.1.json", new AppraisalAwarded(APPRAISAL, List.of(
                        new AppraisalAwarded.Award(1, NOMINEE, 2, "libao", media),
                        new AppraisalAwarded.Award(2, OTHER_NOMINEE, 1, "development-zone", media)))));
    }

    /** A half-year's figures, by the names and in the order outreach-service's {@code SummaryFigures} gives. */
    private static Map<String, Long> figures() {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("visits", 12L);
        figures.put("problemsRaised", 9L);
        figures.put("problemsResolved", 7L);
        figures.put("formsIssued", 40L);
        figures.put("formsReturned", 31L);
        figures.put("contactsLogged", 56L);
        return figures;
    }
}
