package io.aisle.console.review.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.assistant.conversation.TranscriptReader;
import io.aisle.console.review.repository.ConversationSearch;
import io.aisle.console.review.repository.ConversationSummary;
import io.aisle.console.review.repository.Label;
import io.aisle.console.review.repository.LabelRepository;
import io.aisle.console.review.repository.ReviewFilter;
import io.aisle.console.review.service.ReviewService.Transcript;
import io.aisle.security.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The filtered conversations as JSON Lines: one conversation a line, in the transcript view's shape (summary,
 * messages with their tool calls, labels), newest first. Written while it is read, so memory stays flat.
 */
@ApplicationScoped
public class ExportService {

    private final ConversationSearch search;
    private final TranscriptReader transcripts;
    private final LabelRepository labels;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final ReviewConfig config;

    public ExportService(ConversationSearch search, TranscriptReader transcripts, LabelRepository labels,
                         AuditLog audit, ObjectMapper mapper, ReviewConfig config) {
        this.search = search;
        this.transcripts = transcripts;
        this.labels = labels;
        this.audit = audit;
        this.mapper = mapper;
        this.config = config;
    }

    /** Records the export in the audit log (who, which filter, how many conversations) before any line is sent. */
    public void audit(String actor, ReviewFilter filter) throws SQLException {
        long matching = search.search(filter, 0, 0).total();
        Map<String, Object> used = mapper.convertValue(filter, new TypeReference<Map<String, Object>>() { });
        used.values().removeIf(v -> v == null || v instanceof Collection<?> values && values.isEmpty());
        for (String text : List.of("query", "handoffReason")) { // free text may quote what a shopper wrote
            used.computeIfPresent(text, (k, v) -> "(text)");
        }
        audit.record(actor, "export", "conversations", null, Map.of("filter", used, "conversations", matching));
    }

    public void write(ReviewFilter filter, OutputStream out) throws SQLException {
        search.scan(filter, config.exportBatch(), (c, batch) -> {
            List<String> ids = batch.stream().map(ConversationSummary::id).toList();
            Map<String, List<StoredMessage>> messages = transcripts.read(c, ids);
            Map<String, List<Label>> given = labels.of(c, ids);
            try {
                for (ConversationSummary conversation : batch) {
                    String id = conversation.id();
                    out.write(mapper.writeValueAsBytes(new Transcript(conversation,
                            messages.getOrDefault(id, List.of()), given.getOrDefault(id, List.of()))));
                    out.write('\n');
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("the export's client went away", e);
            }
        });
    }
}
