package org.haian.strata.analytics.figures;

import java.util.Arrays;
import java.util.List;

import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.figures.contribution.ContributionFigures;
import org.haian.strata.contract.Category;

import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_IMPLEMENTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_IN_PLAN;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_SUBMITTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.CONSULTATIONS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.HOUSEHOLDS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PEOPLE_BENEFITED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PEOPLE_WITH_AGREEMENT;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PROJECTS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.RESEARCH_ADOPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_ADOPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_IMPLEMENTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_IN_PLAN;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_SUBMITTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUPERVISORS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.VILLAGES;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.VILLAGES_SERVED;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.BASES;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.CONTACTS_LOGGED;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEMBERS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEMBER_UNITS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_CITY_LEADERSHIP_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_WITH_POLITICAL_ARRANGEMENT;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.REPRESENTATIVES;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.REPRESENTATIVES_UNDER_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.RESOLUTIONS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ACTIVITIES;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.APPEALS_HEARD;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.AWARDS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.CONTACT_SUMMARIES;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.OPINION_FORMS_RETURNED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.OPINION_FORMS_SENT;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_EVER_VISITED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PARTICIPANTS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PROBLEMS_RAISED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PROBLEMS_RESOLVED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VISITS;
import static org.haian.strata.contract.Category.ENTERPRISE_STAFF;
import static org.haian.strata.contract.Category.FREELANCER;
import static org.haian.strata.contract.Category.INTERMEDIARY;
import static org.haian.strata.contract.Category.NEW_MEDIA;

/**
 * What the "3+4+N" scorecard shows and in which order, in the source's own terms: the three mechanisms (一横一纵一网:
 * "40 people under leader liaison, 19 politically arranged"), the four modes, each serving its category ("23
 * organisations visited"), and the N channels ("600+ people benefited", "about 400 suggestions, 200+ implemented,
 * about 100 written into plans", "198 villages with 277 people"). Every headline is a figure the read side counts
 * anyway; the scorecard only chooses and groups them, so it adds no counting of its own.
 */
public final class ScorecardLayout {

    /** @param part {@code 3}, {@code 4} or {@code N} */
    public record Part(String part, String chinese, String english, List<Item> items) {
    }

    /** @param category the category a mode serves, whose cells alone its headlines count; {@code null}: every one */
    public record Item(String item, String chinese, String english, Category category, List<Headline> headlines,
                       List<Coverage> coverage) {
    }

    /** @param category counted in this category's cells only; {@code null}: in all */
    public record Headline(String key, Figure figure, Category category, String chinese, String english) {
    }

    /** The share of {@code whole} that {@code part} is. */
    public record Coverage(String key, String chinese, String english, Headline part, Headline whole) {
    }

    public static final List<Part> PARTS = List.of(
            new Part("3", "三项工作机制（一横一纵一网）", "The three mechanisms", List.of(
                    item("jointConference", "联席会议制度", "Joint conference", null,
                            List.of(headline(MEMBER_UNITS), headline(RESOLUTIONS))),
                    item("listedLiaison", "列名联系制度", "Listed liaison", null,
                            List.of(headline(PEOPLE_UNDER_LIAISON), headline(PEOPLE_WITH_POLITICAL_ARRANGEMENT),
                                    headline(PEOPLE_UNDER_CITY_LEADERSHIP_LIAISON), headline(CONTACTS_LOGGED)),
                            new Coverage("representativesUnderLiaison", "代表人士列名联系覆盖率",
                                    "Representative figures under listed liaison",
                                    headline(REPRESENTATIVES_UNDER_LIAISON), headline(REPRESENTATIVES))),
                    item("baseNetwork", "工作基地网络", "Network of bases", null,
                            List.of(headline(MEMBERS), headline(BASES))))),
            new Part("4", "四种工作模式", "The four modes", List.of(
                    item("professionalConnection", "专业相通", "Professional connection", ENTERPRISE_STAFF,
                            List.of(headline(OPINION_FORMS_SENT, ENTERPRISE_STAFF),
                                    headline(OPINION_FORMS_RETURNED, ENTERPRISE_STAFF),
                                    headline(CONTACT_SUMMARIES, ENTERPRISE_STAFF)),
                            new Coverage("opinionFormsReturnedShare", "征求意见表回收率", "Opinion forms returned",
                                    headline(OPINION_FORMS_RETURNED, ENTERPRISE_STAFF),
                                    headline(OPINION_FORMS_SENT, ENTERPRISE_STAFF))),
                    item("service", "服务融情", "Service", NEW_MEDIA,
                            List.of(new Headline("newMediaActivities", ACTIVITIES, NEW_MEDIA, "服务融情活动",
                                            "Programme activities"),
                                    new Headline("newMediaParticipants", PARTICIPANTS, NEW_MEDIA,
                                            "服务融情活动参与人数（每月去重）", "Programme participants (distinct a month)"),
                                    headline(APPEALS_HEARD, NEW_MEDIA), headline(AWARDS, NEW_MEDIA))),
                    item("visits", "走访连心", "Visits", INTERMEDIARY,
                            List.of(headline(ORGANISATIONS_EVER_VISITED, INTERMEDIARY), headline(VISITS, INTERMEDIARY),
                                    headline(PROBLEMS_RAISED, INTERMEDIARY),
                                    headline(PROBLEMS_RESOLVED, INTERMEDIARY)),
                            new Coverage("problemsResolvedShare", "走访问题办结率", "Problems raised on visits resolved",
                                    headline(PROBLEMS_RESOLVED, INTERMEDIARY),
                                    headline(PROBLEMS_RAISED, INTERMEDIARY))),
                    item("coHosting", "同行合台", "Co-hosting", FREELANCER,
                            List.of(new Headline("freelancerActivities", ACTIVITIES, FREELANCER, "同行合台活动",
                                            "Co-hosted events"),
                                    new Headline("freelancerParticipants", PARTICIPANTS, FREELANCER,
                                            "同行合台参与人数（每月去重）", "Co-hosting participants (distinct a month)"))))),
            new Part("N", "N条贡献通道", "The contribution channels", List.of(
                    item("mutualAid", "会员互助", "Mutual aid", null,
                            List.of(headline(PEOPLE_BENEFITED), headline(CONSULTATIONS))),
                    item("suggestions", "建言献策", "Suggestions", null,
                            List.of(headline(SUGGESTIONS_SUBMITTED), headline(SUGGESTIONS_ADOPTED),
                                    headline(SUGGESTIONS_IMPLEMENTED), headline(SUGGESTIONS_IN_PLAN),
                                    headline(RESEARCH_ADOPTED)),
                            new Coverage("suggestionsImplementedShare", "建言落实率", "Suggestions implemented",
                                    headline(SUGGESTIONS_IMPLEMENTED), headline(SUGGESTIONS_SUBMITTED)),
                            new Coverage("suggestionsInPlanShare", "建言写入规划率", "Suggestions written into a plan",
                                    headline(SUGGESTIONS_IN_PLAN), headline(SUGGESTIONS_SUBMITTED))),
                    item("twoWayService", "双向服务", "Two-way service", null,
                            List.of(headline(VILLAGES_SERVED), headline(PEOPLE_WITH_AGREEMENT), headline(SUPERVISORS),
                                    headline(AGREEMENT_SUGGESTIONS_SUBMITTED),
                                    headline(AGREEMENT_SUGGESTIONS_IMPLEMENTED),
                                    headline(AGREEMENT_SUGGESTIONS_IN_PLAN), headline(PROJECTS),
                                    headline(HOUSEHOLDS)),
                            new Coverage("villagesServedShare", "村居签约覆盖率",
                                    "Villages and communities with an agreement", headline(VILLAGES_SERVED),
                                    headline(VILLAGES)),
                            new Coverage("agreementSuggestionsImplementedShare", "双向服务建言落实率",
                                    "Two-way service suggestions implemented",
                                    headline(AGREEMENT_SUGGESTIONS_IMPLEMENTED),
                                    headline(AGREEMENT_SUGGESTIONS_SUBMITTED)),
                            new Coverage("agreementSuggestionsInPlanShare", "双向服务建言写入规划率",
                                    "Two-way service suggestions written into a plan",
                                    headline(AGREEMENT_SUGGESTIONS_IN_PLAN),
                                    headline(AGREEMENT_SUGGESTIONS_SUBMITTED))),
                    item("publicGood", "公益活动", "Public-good activities", null,
                            List.of(headline(ContributionFigures.ACTIVITIES),
                                    headline(ContributionFigures.ACTIVITY_PARTICIPANTS))))));

    private ScorecardLayout() {
    }

    private static Item item(String item, String chinese, String english, Category category, List<Headline> headlines,
                             Coverage... coverage) {
        return new Item(item, chinese, english, category, headlines, Arrays.asList(coverage));
    }

    private static Headline headline(Figure figure) {
        return new Headline(figure.name(), figure, null, figure.chinese(), figure.english());
    }

    private static Headline headline(Figure figure, Category category) {
        return new Headline(figure.name(), figure, category, figure.chinese(), figure.english());
    }
}
