package io.aisle.security.staff;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** The built-in staff user store (table staff_users); passwords only as bcrypt hashes. */
@ApplicationScoped
public class StaffRepository {

    private static final String COLUMNS = "username, display_name, roles, capacity, active";

    private final DataSource dataSource;

    public StaffRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the user unless the username exists. @return whether it was created */
    public boolean create(StaffUser user, String passwordHash) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO staff_users (username, password_hash, roles, display_name, capacity, active)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING")) {
            st.setString(1, user.username());
            st.setString(2, passwordHash);
            st.setArray(3, c.createArrayOf("text", user.roles().stream().sorted().toArray()));
            st.setString(4, user.displayName());
            st.setInt(5, user.capacity());
            st.setBoolean(6, user.active());
            return st.executeUpdate() == 1;
        }
    }

    public Optional<StaffUser> find(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM staff_users WHERE username = ?")) {
            st.setString(1, username);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        }
    }

    /** The stored bcrypt hash of an active user. */
    public Optional<String> passwordHash(String username) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT password_hash FROM staff_users WHERE username = ? AND active")) {
            st.setString(1, username);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public List<StaffUser> all() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM staff_users ORDER BY username");
             ResultSet rs = st.executeQuery()) {
            List<StaffUser> users = new ArrayList<>();
            while (rs.next()) {
                users.add(user(rs));
            }
            return users;
        }
    }

    private static StaffUser user(ResultSet rs) throws SQLException {
        String[] roles = (String[]) rs.getArray("roles").getArray();
        return new StaffUser(rs.getString("username"), rs.getString("display_name"), Set.of(roles),
                rs.getInt("capacity"), rs.getBoolean("active"));
    }
}
