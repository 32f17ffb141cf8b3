package org.haian.strata.contract.outreach;

/** The three annual appraisals of the new-media programme (十佳网友 / 网媒 / 网文), each naming its top ten. */
public enum AppraisalKind {
    /** 十佳网友 - nominees are registered people. */
    NETIZENS,
    /** 十佳网媒 - nominees are registered organisations of the kind MEDIA_OUTLET. */
    ONLINE_MEDIA,
    /** 十佳网文 - nominees are articles, each with its registered author and its link. */
    ONLINE_ARTICLES
}
