package org.haian.strata.contract.contribution;

/** What kind of public-good activity (公益活动) it was. */
public enum PublicGoodActivityKind {
    /** 慈善 - charity, e.g. the "Sunshine Action" (阳光行动) for children with special needs. */
    CHARITY,
    /** 文化 - culture, e.g. heritage work (非遗). */
    CULTURE,
    /** 沙龙 - a salon. */
    SALON
}
