package io.aisle.security.privacy.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.security.audit.AuditLog;
import io.aisle.security.privacy.repository.ExportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** A subject's data export: one JSON document with every section, empty sections included. */
@ApplicationScoped
public class ExportService {

    private final ExportRepository exports;
    private final AuditLog audit;

    public ExportService(ExportRepository exports, AuditLog audit) {
        this.exports = exports;
        this.audit = audit;
    }

    /**
     * @param actor the staff member's username, or "shopper" when shoppers export their own data
     * @param mustBeKnown answer 404 when the store holds nothing about the subject
     */
    public ObjectNode export(Subject subject, String actor, boolean mustBeKnown) throws SQLException {
        ObjectNode sections = exports.read(subject);
        if (mustBeKnown && !holdsAnything(sections)) {
            throw subject.nothingHeld();
        }
        audit.record(actor, "export", Subject.AUDIT_TARGET, subject.hash(), Map.of("subjectKind", subject.kind().wireName()));
        ObjectNode out = sections.objectNode();
        out.putObject("subject").put("kind", subject.kind().wireName()).put("id", subject.id());
        out.put("exportedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        out.setAll(sections);
        return out;
    }

    private static boolean holdsAnything(ObjectNode sections) {
        for (JsonNode section : sections) {
            if (!section.isNull() && !section.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
