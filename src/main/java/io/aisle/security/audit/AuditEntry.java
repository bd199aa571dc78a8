package io.aisle.security.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** One staff action: who did what to which record, when. */
public record AuditEntry(long id, String actor, String action, String targetType, String targetId, JsonNode details,
                         OffsetDateTime at) {
}
