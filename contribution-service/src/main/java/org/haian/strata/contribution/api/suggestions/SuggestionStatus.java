package org.haian.strata.contribution.api.suggestions;

/** Where a suggestion (建言献策) stands: each step follows the one before it, none skipped, none twice. */
public enum SuggestionStatus {
    /** 已提交 */
    SUBMITTED,
    /** 已受理 */
    ACCEPTED,
    /** 未受理 - the end of the way. */
    REJECTED,
    /** 已采纳 */
    ADOPTED,
    /** 已落实 */
    IMPLEMENTED,
    /** 已写入规划 - the last step. */
    IN_PLAN
}
