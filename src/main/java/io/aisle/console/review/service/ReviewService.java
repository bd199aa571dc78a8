package io.aisle.console.review.service;

import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.assistant.conversation.TranscriptReader;
import io.aisle.console.review.repository.ConversationSearch;
import io.aisle.console.review.repository.ConversationSummary;
import io.aisle.console.review.repository.Label;
import io.aisle.console.review.repository.LabelRepository;
import io.aisle.console.review.repository.ReviewFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Finding conversations and reading one in full, as a reviewer sees them. */
@ApplicationScoped
public class ReviewService {

    /** A conversation with every message, the tool calls behind each answer, and the labels reviewers gave. */
    public record Transcript(ConversationSummary conversation, List<StoredMessage> messages, List<Label> labels) {
    }

    /** One page of a search; {@code page} counts from 1. */
    public record ResultPage(long total, int page, int size, java.util.Map<String, Long> byState,
                             List<ConversationSummary> items) {
    }

    private final ConversationSearch search;
    private final TranscriptReader transcripts;
    private final LabelRepository labels;
    private final DataSource dataSource;

    public ReviewService(ConversationSearch search, TranscriptReader transcripts, LabelRepository labels,
                         DataSource dataSource) {
        this.search = search;
        this.transcripts = transcripts;
        this.labels = labels;
        this.dataSource = dataSource;
    }

    public ResultPage search(ReviewFilter filter, int page, int size) throws SQLException {
        ConversationSearch.Page found = search.search(filter, (page - 1) * size, size);
        return new ResultPage(found.total(), page, size, found.byState(), found.items());
    }

    public Transcript transcript(String id) throws SQLException {
        ConversationSummary summary = search.summary(id).orElseThrow(() -> new NotFoundException("no conversation " + id));
        try (Connection c = dataSource.getConnection()) {
            List<String> one = List.of(id);
            return new Transcript(summary, transcripts.read(c, one).getOrDefault(id, List.of()),
                    labels.of(c, one).getOrDefault(id, List.of()));
        }
    }
}
