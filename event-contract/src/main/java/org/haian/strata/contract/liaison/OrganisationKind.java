package org.haian.strata.contract.liaison;

/** What kind of organisation new-social-strata people work in. */
public enum OrganisationKind {
    /** 民营企业. */
    PRIVATE_ENTERPRISE,
    /** 外资企业. */
    FOREIGN_INVESTED_ENTERPRISE,
    /** 网络媒体 / 自媒体 - the only kind that has a follower count. */
    MEDIA_OUTLET,
    /** 中介组织 - tax agents, accounting and law firms. */
    INTERMEDIARY_FIRM,
    /** 社会组织 - associations, chambers of commerce, non-profits. */
    SOCIAL_ORGANISATION,
    /** 工作室 - a freelancer's studio or workshop. */
    STUDIO
}
