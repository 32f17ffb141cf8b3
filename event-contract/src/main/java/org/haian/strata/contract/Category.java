package org.haian.strata.contract;

/**
 * The four kinds of new-social-strata people (新的社会阶层人士). Every person, organisation and activity
 * carries exactly one.
 */
public enum Category {
    /** 民营企业和外资企业管理技术人员 - managers and technical staff of private and foreign-invested firms. */
    ENTERPRISE_STAFF,
    /** 新媒体从业人员 - self-media and online-media practitioners. */
    NEW_MEDIA,
    /** 中介组织和社会组织从业人员 - staff of intermediary firms and social organisations. */
    INTERMEDIARY,
    /** 自由职业人员 - writers, painters and other independent professionals. */
    FREELANCER
}
