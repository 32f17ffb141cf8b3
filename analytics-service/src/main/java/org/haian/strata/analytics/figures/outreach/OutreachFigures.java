package org.haian.strata.analytics.figures.outreach;

import org.haian.strata.analytics.engine.Figure;

import static org.haian.strata.analytics.engine.Figure.Kind.FLOW;
import static org.haian.strata.analytics.engine.Figure.Kind.STOCK;

/**
 * The figures of the "4" work modes (四种工作模式): opinion forms and contact summaries (专业相通), visits and their
 * problems (走访连心), activities (服务融情, 同行合台) and the annual appraisals (十佳评选). Counted by {@link OutreachActivityFigures} (what each event says), {@link OrganisationsVisitedFigures}
 * (distinct organisations a month), {@link ParticipantsFigures} (distinct people a month) and
 * {@link OverdueProblemsFigures} (a problem's days past due). A visit, a problem and a nominee count in the cell of
 * the organisation or person they concern; an activity and what happens at it in the activity's.
 */
public final class OutreachFigures {

    public static final Figure VISITS = new Figure("visits", FLOW, "走访", "Visits");
    public static final Figure VISITS_LED_BY_CITY_LEADERSHIP = new Figure("visitsLedByCityLeadership", FLOW,
            "市领导带队走访", "Visits led by the city leadership");
    public static final Figure VISITS_LED_BY_DEPARTMENT = new Figure("visitsLedByDepartment", FLOW,
            "部门带队走访", "Visits led by a department cadre");
    public static final Figure VISITS_LED_BY_TOWNSHIP_CADRE = new Figure("visitsLedByTownshipCadre", FLOW,
            "区镇干部带队走访", "Visits led by a township cadre");
    /** Each organisation once in a month, however often it was visited in it. */
    public static final Figure ORGANISATIONS_VISITED = new Figure("organisationsVisited", FLOW, "走访组织（去重）",
            "Organisations visited (distinct in a month)");
    public static final Figure ORGANISATIONS_VISITED_BY_CITY_LEADERSHIP = new Figure(
            "organisationsVisitedByCityLeadership", FLOW, "市领导走访组织（去重）",
            "Organisations visited by the city leadership (distinct in a month)");
    public static final Figure ORGANISATIONS_VISITED_BY_DEPARTMENT = new Figure("organisationsVisitedByDepartment",
            FLOW, "部门走访组织（去重）", "Organisations visited by a department cadre (distinct in a month)");
    public static final Figure ORGANISATIONS_VISITED_BY_TOWNSHIP_CADRE = new Figure(
            "organisationsVisitedByTownshipCadre", FLOW, "区镇干部走访组织（去重）",
            "Organisations visited by a township cadre (distinct in a month)");
    /**
     * Each organisation once, on the day of its first visit and in that visit's cell: the "23 organisations visited"
     * of the source, where {@link #ORGANISATIONS_VISITED} counts an organisation again in every month it is visited.
     */
    public static final Figure ORGANISATIONS_EVER_VISITED = new Figure("organisationsEverVisited", STOCK,
            "累计走访组织", "Organisations visited (distinct, ever)");
    public static final Figure PROBLEMS_RAISED = new Figure("problemsRaised", FLOW, "走访发现问题",
            "Problems raised on visits");
    public static final Figure PROBLEMS_RESOLVED = new Figure("problemsResolved", FLOW, "问题办结",
            "Problems resolved");
    /** Open on a day after their due day. */
    public static final Figure PROBLEMS_OVERDUE = new Figure("problemsOverdue", STOCK, "逾期未办结问题",
            "Problems overdue");
    /** People an opinion-solicitation form (征求意见表) was issued to, on the day it was issued. */
    public static final Figure OPINION_FORMS_SENT = new Figure("opinionFormsSent", FLOW, "发放征求意见表",
            "Opinion forms sent (one per person)");
    public static final Figure OPINION_FORMS_RETURNED = new Figure("opinionFormsReturned", FLOW, "回收征求意见表",
            "Opinion forms returned");
    /**
     * Half-year contact summaries (每半年联系小结) filed, on the day they were recorded: a tool of professional
     * connection, so counted under enterprise staff.
     */
    public static final Figure CONTACT_SUMMARIES = new Figure("contactSummaries", FLOW, "联系小结", "Contact summaries");
    /** Activities of the programmes (服务融情), co-hosted events (同行合台) and salons, on their day. */
    public static final Figure ACTIVITIES = new Figure("activities", FLOW, "活动", "Activities");
    /** Each person once in a month and cell, however many activities they took part in. */
    public static final Figure PARTICIPANTS = new Figure("activityParticipants", FLOW, "活动参与人数（去重）",
            "Activity participants (distinct in a month)");
    public static final Figure APPEALS_HEARD = new Figure("appealsHeard", FLOW, "听取诉求", "Appeals heard");
    public static final Figure NOMINATIONS = new Figure("appraisalNominations", FLOW, "十佳评选提名", "Appraisal nominations");
    public static final Figure VOTES = new Figure("appraisalVotes", FLOW, "十佳评选投票", "Appraisal votes");
    public static final Figure AWARDS = new Figure("appraisalAwards", FLOW, "十佳评选获奖", "Appraisal awards");

    private OutreachFigures() {
    }
}
