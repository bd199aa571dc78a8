package io.aisle.console.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.console.repository.Note;
import io.aisle.console.service.NoteService;
import io.aisle.security.Roles;
import io.aisle.security.identity.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Private notes: agents only, never shown to the shopper. */
@Path("/console/api/conversations/{id}/notes")
@Tag(name = "console")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such conversation",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ConsoleNoteResource {

    public record NewNote(String text) {
    }

    private final NoteService notes;
    private final Caller caller;

    public ConsoleNoteResource(NoteService notes, Caller caller) {
        this.notes = notes;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The conversation's private notes, oldest first")
    public List<Note> list(@PathParam("id") String id) throws SQLException {
        return notes.of(id);
    }

    @POST
    @Operation(summary = "Add a private note")
    @APIResponse(responseCode = "400", description = "Blank or too long (field: text)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Note add(@PathParam("id") String id, NewNote body) throws SQLException {
        return notes.add(id, caller.staffId(), body == null ? null : body.text());
    }
}
