package org.haian.strata.contract.contribution;

/** What a mutual-aid consultation (会员互助) is about. */
public enum ConsultationField {
    /** 财务 */
    ACCOUNTING,
    /** 税务 */
    TAX,
    /** 法律 */
    LAW,
    /** 劳动和社会保障 */
    LABOUR_AND_SOCIAL_SECURITY,
    /** 环保 */
    ENVIRONMENT,
    /** 代理服务 */
    AGENCY_SERVICES
}
