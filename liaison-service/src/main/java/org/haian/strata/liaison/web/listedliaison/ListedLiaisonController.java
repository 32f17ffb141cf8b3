package org.haian.strata.liaison.web.listedliaison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.haian.strata.liaison.api.listedliaison.AssignCadre;
import org.haian.strata.liaison.api.listedliaison.EndLiaison;
import org.haian.strata.liaison.api.listedliaison.LogContact;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Role;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * Listed liaison (列名联系) over HTTP: the city or a township officer assigns a registered cadre to befriend a person
 * or ends the assignment; the cadre logs their contacts. The Person aggregate holds the rules (no cadre twice, no
 * new assignment for an archived person, no contact by a cadre not assigned).
 */
@RestController
@Tag(name = "Listed liaison 列名联系",
        description = "Leaders and cadres listed to befriend people: assignments and the contacts they log.")
@RequestMapping("/api/liaison/people/{personId}")
public class ListedLiaisonController {

    private final RequestCommands commands;

    public ListedLiaisonController(RequestCommands commands) {
        this.commands = commands;
    }

    /**
     * The cadre must be in the registry and within the officer's sight (their township's or a city-level cadre);
     * the cadre's level is taken from there, not from the caller. Both are decided with the assignment, from the
     * cadre's own events, so a cadre registered a moment ago can be assigned at once.
     */
    @PostMapping("/liaisons")
    @Operation(summary = "Assign a registered cadre to befriend a person")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public LiaisonReference assign(@PathVariable String personId, @Valid @RequestBody AssignLiaisonRequest body,
                                   HttpServletRequest request) {
        String cadreId = body.cadreId().strip();
        commands.send(new AssignCadre(personId, cadreId, body.since()), request);
        return new LiaisonReference(personId, cadreId);
    }

    @DeleteMapping("/liaisons/{cadreId}")
    @Operation(summary = "End an assignment")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public LiaisonReference end(@PathVariable String personId, @PathVariable String cadreId,
                                HttpServletRequest request) {
        commands.send(new EndLiaison(personId, cadreId), request);
        return new LiaisonReference(personId, cadreId);
    }

    /**
     * 联系记录. A cadre logs as themselves, and only with a person assigned to them (anyone else is not found to
     * them, as on reading), which the person decides from their own liaisons the moment the assignment is stored;
     * the city or an officer records a contact on a named cadre's behalf.
     */
    @PostMapping("/contacts")
    @Operation(summary = "Log a contact (a cadre their own; an official on a named cadre's behalf)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public LiaisonReference logContact(@PathVariable String personId, @Valid @RequestBody LogContactRequest body,
                                       HttpServletRequest request) {
        Actor actor = Actor.current();
        boolean named = body.cadreId() != null && !body.cadreId().isBlank();
        String cadreId;
        if (actor.has(Role.CITY_ADMIN) || actor.has(Role.TOWNSHIP_OFFICER)) {
            if (!named) {
                throw new CommandRefused(INVALID, "cadreId", "must name the cadre the contact is logged for");
            }
            cadreId = body.cadreId().strip();
        } else {
            if (named && !body.cadreId().strip().equals(actor.userId())) {
                throw new AccessDeniedException("cadreId: a cadre logs their own contacts only");
            }
            cadreId = actor.userId();
        }
        commands.send(new LogContact(personId, cadreId, body.date(), body.channel(), body.notes(),
                body.issuesRaised()), request);
        return new LiaisonReference(personId, cadreId);
    }

    /** What a liaison change answers: the person and the cadre it concerns. */
    public record LiaisonReference(String personId, String cadreId) {
    }
}
