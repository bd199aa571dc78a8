package io.aisle.security.staff;

import io.aisle.common.rest.InvalidRequestException;
import io.aisle.security.Roles;
import io.aisle.security.audit.AuditLog;
import io.aisle.security.config.SecurityConfig;
import io.aisle.security.token.IssuedToken;
import io.aisle.security.token.TokenIssuer;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Staff sign-in against the built-in user store, and staff accounts. Sign-ins and failures are audited. */
@ApplicationScoped
public class StaffService {

    public record SignedIn(IssuedToken token, StaffUser user) {
    }

    /** Staff usernames and service names alike. */
    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    private static final int MIN_PASSWORD = 8;
    /** Compared against when the username is unknown, so that a miss costs as long as a wrong password. */
    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash("no such user");

    private final StaffRepository users;
    private final TokenIssuer tokens;
    private final AuditLog audit;
    private final SecurityConfig config;

    public StaffService(StaffRepository users, TokenIssuer tokens, AuditLog audit, SecurityConfig config) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.config = config;
    }

    /** @return the staff token, or empty when the username or password is wrong */
    public Optional<SignedIn> signIn(String username, String password) throws SQLException {
        if (username == null || !USERNAME.matcher(username).matches() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime windowStart = OffsetDateTime.now().minus(config.loginWindow());
        if (audit.count(username, "login_failed", windowStart) >= config.maxFailedLogins()) {
            throw new TooManySignInsException(config.loginWindow());
        }
        String hash = users.passwordHash(username).orElse(UNKNOWN_USER_HASH);
        Optional<StaffUser> user = BcryptUtil.matches(password, hash) ? users.find(username) : Optional.empty();
        if (user.isEmpty()) {
            audit.record(username, "login_failed", "staff_user", username, Map.of());
            return Optional.empty();
        }
        audit.record(username, "login", "staff_user", username, Map.of());
        StaffUser signedIn = user.get();
        return Optional.of(new SignedIn(tokens.staff(username, signedIn.roles(), signedIn.displayName()), signedIn));
    }

    /** @return false when the username is taken */
    public boolean create(StaffUser user, String password) throws SQLException {
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw InvalidRequestException.single("username", "must be 2 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw InvalidRequestException.single("password", "must be at least " + MIN_PASSWORD + " characters");
        }
        if (user.roles() == null || user.roles().isEmpty() || !Roles.STAFF.containsAll(user.roles())) {
            throw InvalidRequestException.single("roles", "must be one or more of " + Roles.STAFF);
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 100) {
            throw InvalidRequestException.single("displayName", "must be 1 to 100 characters");
        }
        if (user.capacity() < 0 || user.capacity() > 50) {
            throw InvalidRequestException.single("capacity", "must be between 0 and 50");
        }
        return users.create(new StaffUser(user.username(), user.displayName().strip(), Set.copyOf(user.roles()),
                user.capacity(), user.active()), BcryptUtil.bcryptHash(password));
    }
}
