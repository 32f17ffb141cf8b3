package org.haian.strata.analytics.figures.contribution;

import org.haian.strata.analytics.engine.Figure;

import static org.haian.strata.analytics.engine.Figure.Kind.FLOW;
import static org.haian.strata.analytics.engine.Figure.Kind.STOCK;

/**
 * The figures of the "N" contribution channels (N条贡献通道): their names in the API and their labels. Counted by
 * {@link SuggestionFunnelFigures} (the funnel, in all and for the suggestions from two-way agreements),
 * {@link TwoWayServiceFigures} (what each two-way service event settles), {@link AgreementPeopleFigures} (people
 * with an active agreement, each once however many villages they serve), {@link ChannelFigures} (research, mutual
 * aid and public-good activities) and {@link BenefitFigures} (people who benefited from mutual aid, each once).
 */
public final class ContributionFigures {

    /** Each step of the funnel counts on the day it was recorded, so a month shows how far suggestions moved in it. */
    public static final Figure SUGGESTIONS_SUBMITTED = new Figure("suggestionsSubmitted", FLOW, "提交建言",
            "Suggestions submitted");
    public static final Figure SUGGESTIONS_ACCEPTED = new Figure("suggestionsAccepted", FLOW, "受理建言",
            "Suggestions accepted");
    public static final Figure SUGGESTIONS_REJECTED = new Figure("suggestionsRejected", FLOW, "未受理建言",
            "Suggestions rejected");
    public static final Figure SUGGESTIONS_ADOPTED = new Figure("suggestionsAdopted", FLOW, "采纳建言",
            "Suggestions adopted");
    public static final Figure SUGGESTIONS_IMPLEMENTED = new Figure("suggestionsImplemented", FLOW, "落实建言",
            "Suggestions implemented");
    public static final Figure SUGGESTIONS_IN_PLAN = new Figure("suggestionsInPlan", FLOW, "写入规划建言",
            "Suggestions written into a plan");
    /** The same funnel for the suggestions that came from a two-way service agreement (双向服务). */
    public static final Figure AGREEMENT_SUGGESTIONS_SUBMITTED = new Figure("agreementSuggestionsSubmitted", FLOW,
            "双向服务提交建言", "Two-way service suggestions submitted");
    public static final Figure AGREEMENT_SUGGESTIONS_ACCEPTED = new Figure("agreementSuggestionsAccepted", FLOW,
            "双向服务受理建言", "Two-way service suggestions accepted");
    public static final Figure AGREEMENT_SUGGESTIONS_REJECTED = new Figure("agreementSuggestionsRejected", FLOW,
            "双向服务未受理建言", "Two-way service suggestions rejected");
    public static final Figure AGREEMENT_SUGGESTIONS_ADOPTED = new Figure("agreementSuggestionsAdopted", FLOW,
            "双向服务采纳建言", "Two-way service suggestions adopted");
    public static final Figure AGREEMENT_SUGGESTIONS_IMPLEMENTED = new Figure("agreementSuggestionsImplemented",
            FLOW, "双向服务落实建言", "Two-way service suggestions implemented");
    public static final Figure AGREEMENT_SUGGESTIONS_IN_PLAN = new Figure("agreementSuggestionsInPlan", FLOW,
            "双向服务写入规划建言", "Two-way service suggestions written into a plan");

    /**
     * Villages and communities with at least one active agreement with a person of the category: a village serving
     * people of two categories counts in both, once in each.
     */
    public static final Figure VILLAGES_WITH_AGREEMENT = new Figure("villagesWithAgreement", STOCK, "签约村居",
            "Villages and communities with an active agreement");
    /** Villages and communities (村、社区) registered in a township: a township's figure, in no category. */
    public static final Figure VILLAGES = new Figure("villages", STOCK, "村（社区）", "Villages and communities", false);
    /**
     * Villages and communities with at least one active agreement, of any category, each once: the share of a
     * township's villages the two-way service reaches (the source's "198 villages").
     */
    public static final Figure VILLAGES_SERVED = new Figure("villagesServed", STOCK, "签约村居（合计）",
            "Villages and communities with an active agreement (any category)", false);
    /** Active agreements, one per village and person. */
    public static final Figure AGREEMENTS = new Figure("agreements", STOCK, "双向服务协议", "Active agreements");
    /**
     * People with at least one active agreement in the township's villages: a person serving three villages of one
     * township counts once there.
     */
    public static final Figure PEOPLE_WITH_AGREEMENT = new Figure("peopleWithAgreement", STOCK, "签约人士",
            "People with an active agreement");
    /** Disclosure supervisors (政务公开监督员) in office: from the term's first day up to its end. */
    public static final Figure SUPERVISORS = new Figure("supervisors", STOCK, "政务公开监督员",
            "Government-affairs-disclosure supervisors in office");
    /** Links of people to village collective projects (挂钩帮扶). */
    public static final Figure PROJECTS = new Figure("projects", STOCK, "挂钩帮扶村集体项目",
            "Village collective projects helped");
    /** Households in hardship paired with a person (结对帮扶特困家庭), counted from the day of the pairing. */
    public static final Figure HOUSEHOLDS = new Figure("households", STOCK, "结对帮扶特困家庭",
            "Households in hardship paired");

    /** Research topics the city set (专题调研), counted in the city's cell of their category. */
    public static final Figure RESEARCH_COMMISSIONED = new Figure("researchCommissioned", FLOW, "调研课题",
            "Research topics commissioned");
    /** Research reports the city adopted, on the day they were adopted (never later than its recording). */
    public static final Figure RESEARCH_ADOPTED = new Figure("researchAdopted", FLOW, "调研成果被采纳",
            "Research reports adopted");
    /** Mutual-aid consultations and policy briefings (会员互助). */
    public static final Figure CONSULTATIONS = new Figure("consultations", FLOW, "会员互助", "Consultations given");
    /**
     * People who benefited from mutual aid (受益人数): each named member once, in the cell of their first
     * consultation, however many they had; plus every briefing's audience, which is counted and not named.
     */
    public static final Figure PEOPLE_BENEFITED = new Figure("peopleBenefited", STOCK, "互助受益人数",
            "People who benefited from mutual aid");
    /** Public-good activities (公益活动) and the people who took part in them, each activity's participants. */
    public static final Figure ACTIVITIES = new Figure("publicGoodActivities", FLOW, "公益活动",
            "Public-good activities");
    public static final Figure ACTIVITY_PARTICIPANTS = new Figure("publicGoodParticipants", FLOW, "公益活动参与人次",
            "Participations in public-good activities");

    private ContributionFigures() {
    }
}
