package org.haian.strata.contribution.web.meetings;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.contribution.MeetingKind;
import org.haian.strata.platform.time.PastDate;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/contribution/meetings}: the meeting, its township (a township officer may leave it
 * out: theirs is taken) and the members of the association who attended.
 */
@Schema(example = "{\"township\":\"libao\",\"kind\":\"WORKING_MEETING\",\"title\":\"李堡镇2024年政府工作会议\",\"heldOn\":\"2024-02-20\",\"attendeeIds\":[\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\"]}")
public record RecordMeetingRequest(
        @KnownTownship String township,
        @NotNull MeetingKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull @PastDate LocalDate heldOn,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> attendeeIds) {
}
