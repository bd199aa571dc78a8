package io.aisle.security.privacy.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.security.audit.AuditLog;
import io.aisle.security.privacy.repository.ErasureRecords;
import io.aisle.security.privacy.repository.ErasureRepository;
import io.aisle.security.privacy.repository.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Erasure on request: one transaction removes the subject's data, tombstones them, writes the receipt and the audit
 * entry (the audit log joins the transaction).
 */
@ApplicationScoped
public class ErasureService {

    private static final Logger LOG = Logger.getLogger(ErasureService.class);

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final AuditLog audit;
    private final Event<ConversationsErased> erased;

    public ErasureService(DataSource dataSource, ObjectMapper mapper, AuditLog audit, Event<ConversationsErased> erased) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.audit = audit;
        this.erased = erased;
    }

    /**
     * Erasing again is harmless: nothing is left to remove, and the new receipt says so.
     * @param requestedBy the staff member's username, or "shopper" when shoppers erase themselves
     * @param mustBeKnown answer 404 (and change nothing) when the store holds nothing about the subject and never did
     */
    @Transactional
    public Erasure erase(Subject subject, String requestedBy, boolean mustBeKnown) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Scope scope = Scope.resolve(c, subject);
            boolean erasedBefore = ErasureRecords.tombstoned(c, scope);
            ErasureRecords.tombstone(c, scope); // first: it records the newest event before any is deleted
            String[] conversations = ErasureRepository.conversationIds(c, scope);
            Map<String, Long> counts = ErasureRepository.erase(c, scope, conversations);
            boolean removedAny = counts.values().stream().anyMatch(n -> n > 0);
            if (mustBeKnown && !removedAny && !erasedBefore) { // the exception rolls the tombstone back
                throw subject.nothingHeld();
            }
            ErasureRecords.Receipt receipt = ErasureRecords.receipt(c, requestedBy, scope, json(counts));
            audit.record(requestedBy, "erase", Subject.AUDIT_TARGET, subject.hash(),
                    Map.of("subjectKind", subject.kind().wireName(), "receiptId", receipt.id()));
            erased.fire(new ConversationsErased(List.of(conversations)));
            LOG.infof("erasure receipt %d: %s, %s", receipt.id(), subject.kind().wireName(), counts);
            return new Erasure(receipt.id(), receipt.erasedAt(), erasedBefore, counts);
        }
    }

    private String json(Map<String, Long> counts) {
        try {
            return mapper.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counts are plain numbers", e);
        }
    }
}
