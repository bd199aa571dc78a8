package io.aisle.security.privacy.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;

/** An export as a JSON download. */
final class Attachment {

    private Attachment() {
    }

    static Response of(ObjectNode export) {
        return Response.ok(export).header("Content-Disposition", "attachment; filename=\"aisle-data-export.json\"")
                .header("Cache-Control", "no-store").build();
    }
}
