package org.haian.strata.liaison.web.conference;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.platform.time.PastDate;

/**
 * The body of {@code POST /api/liaison/conferences/{id}/meetings}: a meeting that took place (not one planned), the
 * member units that attended, the agenda, and the resolutions it adopted, each with the member unit that owns it.
 * The ids of the meeting and of each resolution are the server's.
 */
@Schema(example = "{\"date\":\"2019-04-18\",\"attendingUnits\":[\"工商联\",\"税务局\"],\"agenda\":\"Half-year review\",\"resolutions\":[{\"text\":\"Open a tax policy hotline for members\",\"ownerUnit\":\"税务局\"}]}")
public record HoldMeetingRequest(
        @NotNull @PastDate LocalDate date,
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> attendingUnits,
        @NotBlank @Size(max = 2000) String agenda,
        @Size(max = 100) List<@NotNull @Valid Resolution> resolutions) {

    /** One resolution (议定事项) and the member unit that carries it out. */
    public record Resolution(
            @NotBlank @Size(max = 1000) String text,
            @NotBlank @Size(max = 100) String ownerUnit) {
    }
}
