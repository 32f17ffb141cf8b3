package org.haian.strata.analytics.figures.liaison;

import org.haian.strata.analytics.engine.Figure;

import static org.haian.strata.analytics.engine.Figure.Kind.FLOW;
import static org.haian.strata.analytics.engine.Figure.Kind.STOCK;

/**
 * The figures of the "3" mechanisms (一横一纵一网): their names in the API and their labels. Counted by
 * {@link LiaisonRegistryFigures} (what each event says) and {@link LiaisonPeopleFigures} (what each person's history
 * says). An archived person counts in none of them from the day of the archive.
 */
public final class LiaisonFigures {

    /** Registered new-social-strata people. */
    public static final Figure PEOPLE = new Figure("people", STOCK, "新的社会阶层人士", "Registered people");
    public static final Figure REPRESENTATIVES = new Figure("representatives", STOCK, "代表人士",
            "Representative figures");
    /** From the first day of the term, but never later than the day the arrangement was recorded. */
    public static final Figure PEOPLE_WITH_POLITICAL_ARRANGEMENT = new Figure("peopleWithPoliticalArrangement", STOCK,
            "有政治安排的人士", "People with a political arrangement");
    /** Open work bases. */
    public static final Figure BASES = new Figure("bases", STOCK, "工作基地", "Work bases");
    /** City units serving a category: counted per category only, in no township. */
    public static final Figure MEMBER_UNITS = new Figure("memberUnits", STOCK, "联席会议成员单位",
            "Member units of the joint conference");
    public static final Figure MEDIA_OUTLETS = new Figure("mediaOutlets", STOCK, "网络媒体和自媒体", "Media outlets");
    /** Media outlets with more than 50,000 followers (the source's "10+ with over 50,000 followers"). */
    public static final Figure MEDIA_OUTLETS_ABOVE_50000_FOLLOWERS = new Figure("mediaOutletsAbove50000Followers",
            STOCK, "粉丝5万以上的网络媒体", "Media outlets with more than 50,000 followers");
    public static final Figure INTERMEDIARY_AND_SOCIAL_ORGANISATIONS = new Figure(
            "intermediaryAndSocialOrganisations", STOCK, "中介组织和社会组织", "Intermediary and social organisations");
    /**
     * Private and foreign-invested enterprises by headcount, in the bands of the national rule for sizing industrial
     * enterprises (统计上大中小微型企业划分办法): under 20 micro, 20 to 299 small, 300 to 999 medium, 1,000 and more
     * large.
     */
    public static final Figure ENTERPRISES_UNDER_20_STAFF = new Figure("enterprisesUnder20Staff", STOCK,
            "微型企业（20人以下）", "Enterprises with fewer than 20 staff");
    public static final Figure ENTERPRISES_20_TO_299_STAFF = new Figure("enterprises20To299Staff", STOCK,
            "小型企业（20-299人）", "Enterprises with 20 to 299 staff");
    public static final Figure ENTERPRISES_300_TO_999_STAFF = new Figure("enterprises300To999Staff", STOCK,
            "中型企业（300-999人）", "Enterprises with 300 to 999 staff");
    public static final Figure ENTERPRISES_1000_PLUS_STAFF = new Figure("enterprises1000PlusStaff", STOCK,
            "大型企业（1000人以上）", "Enterprises with 1,000 staff or more");
    /** Contacts cadres logged with people they befriend, on the day of the contact. */
    public static final Figure CONTACTS_LOGGED = new Figure("contactsLogged", FLOW, "联系次数", "Contacts logged");

    /** People befriended by at least one listed leader or cadre, from the assignment's first day. */
    public static final Figure PEOPLE_UNDER_LIAISON = new Figure("peopleUnderLiaison", STOCK, "列名联系人士",
            "People under listed liaison");
    /** People befriended by at least one cadre of that level; a person befriended at two levels counts in both. */
    public static final Figure PEOPLE_UNDER_CITY_LEADERSHIP_LIAISON = new Figure("peopleUnderCityLeadershipLiaison",
            STOCK, "市领导联系人士", "People befriended by the city leadership");
    public static final Figure PEOPLE_UNDER_DEPARTMENT_LIAISON = new Figure("peopleUnderDepartmentLiaison", STOCK,
            "部门干部联系人士", "People befriended by department cadres");
    public static final Figure PEOPLE_UNDER_TOWNSHIP_CADRE_LIAISON = new Figure("peopleUnderTownshipCadreLiaison",
            STOCK, "区镇干部联系人士", "People befriended by township cadres");
    /**
     * Representative figures befriended by at least one listed leader or cadre: the share of representatives under
     * liaison is the scorecard's coverage of the vertical mechanism.
     */
    public static final Figure REPRESENTATIVES_UNDER_LIAISON = new Figure("representativesUnderLiaison", STOCK,
            "列名联系的代表人士", "Representative figures under listed liaison");
    /** Resolutions of the joint conference's meetings, on the meeting's day, by the category their owner serves. */
    public static final Figure RESOLUTIONS = new Figure("resolutions", FLOW, "联席会议决议",
            "Resolutions of the joint conference");
    /** Members of the New Social Strata Association, counted where the person was on each day. */
    public static final Figure MEMBERS = new Figure("members", STOCK, "新联会会员", "Association members");
    /**
     * Cadre-person assignments without a contact for longer than {@code haian.contact-overdue-after}, from the first
     * overdue day until the next contact or the end of the assignment: one per assignment, so a person two cadres
     * neglect counts twice.
     */
    public static final Figure OVERDUE_CONTACTS = new Figure("overdueContacts", STOCK, "逾期未联系",
            "Overdue contacts");

    private LiaisonFigures() {
    }
}
