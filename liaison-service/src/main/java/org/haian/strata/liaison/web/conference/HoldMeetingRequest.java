package org.haian.strata.liaison.web.conference;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/liaison/conferences/{id}/meetings}: a meeting that took place (not one planned), the
 * member units that attended, the agenda, and the resolutions it adopted, each with the member unit that owns it.
 * The ids of the meeting and of each resolution are the server's.
 */
public record HoldMeetingRequest(
        @NotNull @PastOrPresent LocalDate date,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> attendingUnits,
        @NotBlank @Size(max = 2000) String agenda,
        @Size(max = 100) List<@NotNull @Valid Resolution> resolutions) {

    /** One resolution (议定事项) and the member unit that carries it out. */
    public record Resolution(
            @NotBlank @Size(max = 1000) String text,
            @NotBlank @Size(max = 100) String ownerUnit) {
    }
}
