package io.aisle.security.privacy.service;

import io.aisle.security.privacy.config.PrivacyConfig;
import io.aisle.security.privacy.repository.RetentionRepository;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Enforces aisle.privacy.chat-retention: nightly ({@code aisle.privacy.retention-cron}) and on an admin's request.
 * Created at start-up, so a malformed period stops the app instead of the first nightly run.
 */
@Startup
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final RetentionRepository repository;
    private final Optional<Duration> retention;
    private final int batchSize;
    private final ReentrantLock running = new ReentrantLock();

    public RetentionService(RetentionRepository repository, PrivacyConfig config) {
        this.repository = repository;
        this.retention = parse(config.chatRetention());
        this.batchSize = config.retentionBatchSize();
    }

    /** The retention period; empty when retention is off. */
    public Optional<Duration> retention() {
        return retention;
    }

    @Scheduled(cron = "{aisle.privacy.retention-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() throws SQLException {
        if (retention.isPresent()) {
            run("schedule");
        }
    }

    /** @return empty when another run is in progress */
    public Optional<RetentionRun> run(String trigger) throws SQLException {
        Duration period = retention.orElseThrow(() -> new IllegalStateException("chat retention is off"));
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(period);
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("conversation_messages", repository.redactMessages(cutoff, batchSize));
            counts.put("conversation_tool_calls", repository.redactToolCalls(cutoff, batchSize));
            counts.put("conversation_llm_memory", repository.dropLlmMemories(cutoff, batchSize));
            counts.put("conversation_dialogues", repository.clearDialogues(cutoff, batchSize));
            counts.put("chat_turn_events", repository.redactChatEvents(cutoff, batchSize));
            LOG.infof("chat retention (%s, older than %s): %s", trigger, period, counts);
            return Optional.of(new RetentionRun(trigger, cutoff, counts));
        } finally {
            running.unlock();
        }
    }

    static Optional<Duration> parse(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            Duration period = Duration.parse(v);
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("aisle.privacy.chat-retention must be positive, got " + value);
            }
            return Optional.of(period);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("aisle.privacy.chat-retention must be a duration like P180D or off, got "
                    + value, e);
        }
    }
}
