package org.haian.strata.liaison.web.conference;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/liaison/conferences}: the conference's name and its convener (召集人). */
@Schema(example = "{\"name\":\"新的社会阶层人士统战工作联席会议\",\"convener\":\"统战部部长\"}")
public record EstablishConferenceRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String convener) {
}
