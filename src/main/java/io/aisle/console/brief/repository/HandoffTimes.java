package io.aisle.console.brief.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/** When a conversation was last handed off (conversations.handed_off_at), which the assistant's record omits. */
@ApplicationScoped
public class HandoffTimes {

    private final DataSource dataSource;

    public HandoffTimes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<OffsetDateTime> handedOffAt(String conversationId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT handed_off_at FROM conversations WHERE id = ?")) {
            st.setString(1, conversationId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)) : Optional.empty();
            }
        }
    }
}
