package io.aisle.console.service;

import io.aisle.common.rest.FieldViolation;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.console.config.ConsoleConfig;
import io.aisle.console.repository.CannedReply;
import io.aisle.console.repository.CannedReplyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@ApplicationScoped
public class CannedReplyService {

    private static final Pattern SHORTCUT = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final int MAX_TITLE = 80;

    private final CannedReplyRepository replies;
    private final ConsoleConfig config;

    public CannedReplyService(CannedReplyRepository replies, ConsoleConfig config) {
        this.replies = replies;
        this.config = config;
    }

    public List<CannedReply> all() throws SQLException {
        return replies.all();
    }

    public CannedReply add(String shortcut, String title, String body, String admin) throws SQLException {
        List<FieldViolation> wrong = new ArrayList<>();
        if (shortcut == null || !SHORTCUT.matcher(shortcut).matches()) {
            wrong.add(FieldViolation.of("shortcut", "must be 1 to 32 lower-case letters, digits or '-', starting with a letter"));
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            wrong.add(FieldViolation.of("title", "must be 1 to " + MAX_TITLE + " characters"));
        }
        if (body == null || body.isBlank() || body.length() > config.maxReplyChars()) {
            wrong.add(FieldViolation.of("body", "must be 1 to " + config.maxReplyChars() + " characters"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidRequestException("invalid canned reply", wrong);
        }
        return replies.add(shortcut, title.strip(), body.strip(), admin).orElseThrow(
                () -> InvalidRequestException.single("shortcut", "'" + shortcut + "' is taken"));
    }
}
