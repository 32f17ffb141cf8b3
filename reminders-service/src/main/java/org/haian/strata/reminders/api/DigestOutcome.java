package org.haian.strata.reminders.api;

/**
 * What became of one township officer's digest.
 *
 * @param officer   the officer's sign-in name
 * @param township  the township whose reminders the digest holds
 * @param recipient the address it went (or would have gone) to
 * @param reminders how many reminders it held
 * @param status    what happened
 * @param detail    why it was not sent, in words; null when sent
 */
public record DigestOutcome(String officer, String township, String recipient, int reminders, Status status,
                            String detail) {

    public enum Status {
        /** Handed to the SMTP server. */
        SENT,
        /** Nothing was due: no mail. */
        NOTHING_DUE,
        /** No SMTP server is configured (the local default): logged instead of sent. */
        SKIPPED,
        /** The SMTP server refused it or could not be reached; the next run tries again. */
        FAILED
    }
}
