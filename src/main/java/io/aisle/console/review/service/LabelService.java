package io.aisle.console.review.service;

import io.aisle.common.jdbc.PgText;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.console.review.repository.ConversationSearch;
import io.aisle.console.review.repository.Label;
import io.aisle.console.review.repository.LabelRepository;
import io.aisle.security.audit.AuditLog;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reviewers label conversations and messages; each label and each removal is audited with it, atomically. */
@ApplicationScoped
public class LabelService {

    /** What a reviewer sends: the verdict, an optional note, and the message it is about (none: the conversation). */
    public record LabelRequest(String label, String note, Long messageId) {
    }

    private static final List<String> KINDS = Arrays.stream(Label.Kind.values()).map(Label.Kind::wireName).toList();

    private final LabelRepository labels;
    private final ConversationSearch conversations;
    private final AuditLog audit;
    private final ReviewConfig config;

    public LabelService(LabelRepository labels, ConversationSearch conversations, AuditLog audit, ReviewConfig config) {
        this.labels = labels;
        this.conversations = conversations;
        this.audit = audit;
        this.config = config;
    }

    @Transactional(rollbackOn = SQLException.class)
    public Label add(String conversationId, LabelRequest request, String reviewer) throws SQLException {
        validate(request);
        if (conversations.summary(conversationId).isEmpty()) {
            throw new NotFoundException("no conversation " + conversationId);
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        Label label = labels.add(conversationId, request.messageId(), request.label(), note, reviewer)
                .orElseThrow(() -> InvalidRequestException.single("messageId", "message " + request.messageId()
                        + " is not part of conversation " + conversationId));
        Map<String, Object> details = new HashMap<>();
        details.put("labelId", label.id());
        details.put("label", label.label());
        if (label.messageId() != null) {
            details.put("messageId", label.messageId());
        }
        audit.record(reviewer, "label", "conversation", conversationId, details);
        return label;
    }

    public List<Label> mine(String reviewer, int page, int size) throws SQLException {
        return labels.byReviewer(reviewer, (page - 1) * size, size);
    }

    /** Removes one of the reviewer's own labels; another reviewer's is refused (403), an unknown one is 404. */
    @Transactional(rollbackOn = SQLException.class)
    public void delete(long id, String reviewer) throws SQLException {
        Label label = labels.find(id).orElseThrow(() -> new NotFoundException("no label " + id));
        if (!label.reviewer().equals(reviewer)) {
            throw new ForbiddenException("label " + id + " was given by another reviewer");
        }
        if (!labels.delete(id, reviewer)) {
            throw new NotFoundException("no label " + id);
        }
        audit.record(reviewer, "delete_label", "conversation", label.conversationId(),
                Map.of("labelId", id, "label", label.label()));
    }

    private void validate(LabelRequest request) {
        if (request == null || request.label() == null || request.label().isBlank()) {
            throw InvalidRequestException.single("label", "is required: one of " + String.join(", ", KINDS));
        }
        if (!KINDS.contains(request.label())) {
            throw InvalidRequestException.single("label", "must be one of " + String.join(", ", KINDS)
                    + ", got '" + request.label() + "'");
        }
        if (request.note() != null && request.note().length() > config.maxNoteChars()) {
            throw InvalidRequestException.single("note", "must be at most " + config.maxNoteChars()
                    + " characters, got " + request.note().length());
        }
        if (PgText.hasNul(request.note())) {
            throw InvalidRequestException.single("note", PgText.NUL_MESSAGE);
        }
    }
}
