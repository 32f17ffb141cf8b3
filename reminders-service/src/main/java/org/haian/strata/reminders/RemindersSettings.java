package org.haian.strata.reminders;

import java.net.URI;
import java.time.Period;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long things may wait before they remind someone, and who gets the daily digest ({@code haian.reminders.*}).
 * The contact period is the platform's one rule for every overdue contact ({@code haian.contact-overdue-after}).
 *
 * @param suggestionStuckAfter  how long a suggestion may stand in one step (submitted, accepted, adopted)
 * @param supervisorTermWarning how long before a supervisor's term ends the township officer is reminded
 * @param digest                the daily e-mail per township officer
 */
@Validated
@ConfigurationProperties("haian.reminders")
public record RemindersSettings(@NotNull @DefaultValue("P60D") Period suggestionStuckAfter,
                                @NotNull @DefaultValue("P30D") Period supervisorTermWarning,
                                @Valid @NotNull @DefaultValue Digest digest) {

    /**
     * @param from     the sender's address
     * @param baseUrl  where the links of a digest point: the gateway, as its readers reach it
     * @param officers each township officer who gets a digest, by sign-in name
     */
    public record Digest(@NotBlank @Email @DefaultValue("reminders@haian.local") String from,
                         @NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
                         @DefaultValue Map<String, @Valid Officer> officers) {
    }

    /**
     * @param township the township whose reminders the officer gets
     * @param email    where their digest goes
     */
    public record Officer(@NotBlank String township, @NotBlank @Email String email) {
    }
}
