package org.haian.strata.liaison.web.imports;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.haian.strata.liaison.api.imports.ImportState;
import org.haian.strata.liaison.api.imports.ImportStatus;
import org.haian.strata.liaison.api.imports.RowProblem;
import org.haian.strata.liaison.imports.ImportKind;
import org.haian.strata.liaison.imports.Imports;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.web.RequestContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import (批量导入) of people and organisations from a township's spreadsheet, over HTTP: the file is the raw
 * request body (CSV or XLSX), the rest is query parameters. The city imports into any township, a township officer
 * into their own; each row is checked by the rules of the single registration.
 */
@RestController
@Tag(name = "Imports 批量导入",
        description = "Import people or organisations from CSV or XLSX: a dry run checks every row, a real run "
                + "registers in the background with progress, and an import can be undone as a whole.")
@RequestMapping("/api/liaison/imports")
public class ImportsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final URI INVALID_INPUT = URI.create("urn:haian:problem:invalid-input");

    private final Imports imports;

    public ImportsController(Imports imports) {
        this.imports = imports;
    }

    /**
     * A dry run answers 200 with every row checked, or 400 naming each refused row, its cell, column and reason,
     * and changes nothing. A real run answers 202 with the new import's address, and registers every row that
     * passed in the background (the refused ones are listed, and registered nowhere); a file none of whose rows
     * passes is refused as a dry run's.
     */
    @PostMapping(consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import people or organisations from a CSV or XLSX file sent as the body")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<?> start(
            @RequestParam @Pattern(regexp = "people|organisations", message = "must be people or organisations")
            String kind,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false)
            @Pattern(regexp = "(?i)UTF-8|GB18030|GBK|GB2312|UTF-16LE|UTF-16BE",
                    message = "must be UTF-8, GB18030, GBK, GB2312, UTF-16LE or UTF-16BE") String encoding,
            @RequestBody(required = false) byte[] file, HttpServletRequest request) {
        ImportStatus status = imports.start(ImportKind.of(kind).orElseThrow(), dryRun, encoding, file,
                RequestContext.commandMetaData(request));
        boolean nothingPassed = status.progress().registered() == 0 && status.progress().alreadyRegistered() == 0
                && status.state() == ImportState.DONE && status.progress().errors() > 0;
        if ((dryRun || nothingPassed) && status.progress().errors() > 0) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(refused(status));
        }
        if (dryRun) {
            return ResponseEntity.ok(status);
        }
        return ResponseEntity.accepted().location(URI.create("/api/liaison/imports/" + status.batchId()))
                .body(status);
    }

    @GetMapping("/{batchId}")
    @Operation(summary = "An import's progress and the rows it could not register")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ImportStatus find(@PathVariable String batchId) {
        return imports.find(batchId).orElseThrow(() -> CommandRefused.notFound("batchId"));
    }

    /**
     * Withdraws every registration the import made, each by its compensating event, in the background (202); a
     * registration someone has built on since (a listed liaison, a designation, an arrangement) is kept and listed.
     */
    @PostMapping("/{batchId}/undo")
    @Operation(summary = "Undo an import: withdraw every registration it made")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<ImportStatus> undo(@PathVariable String batchId, HttpServletRequest request) {
        ImportStatus status = imports.undo(batchId, RequestContext.commandMetaData(request));
        return ResponseEntity.accepted().location(URI.create("/api/liaison/imports/" + batchId)).body(status);
    }

    /** The refusal of the rows, in the shape of every other invalid input, with the whole check beside it. */
    private static ProblemDetail refused(ImportStatus status) {
        List<RowProblem> errors = status.errors();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "%d of %d rows cannot be imported: %s".formatted(status.progress().errors(), status.progress().rows(),
                        String.join("; ", errors.stream().limit(20).map(ImportsController::describe).toList())
                                + (errors.size() > 20 ? "; ..." : "")));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        problem.setProperty("import", status);
        return problem;
    }

    private static String describe(RowProblem problem) {
        return "row " + problem.row() + (problem.cell() != null ? " (" + problem.cell() + ")" : "")
                + (problem.field() != null ? " " + problem.field() : "") + ": " + problem.reason();
    }
}
