package io.aisle.security.staff;

import io.aisle.security.Roles;
import io.aisle.security.config.SecurityConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** The demo store's staff (ava and ben: agents, rita: reviewer, admin), created at start when enabled and missing. */
@ApplicationScoped
public class DemoStaff {

    static final List<StaffUser> USERS = List.of(
            new StaffUser("ava", "Ava (agent)", Set.of(Roles.AGENT), 3, true),
            new StaffUser("ben", "Ben (agent)", Set.of(Roles.AGENT), 3, true),
            new StaffUser("rita", "Rita (reviewer)", Set.of(Roles.REVIEWER), 0, true),
            new StaffUser("admin", "Admin", Set.of(Roles.ADMIN, Roles.AGENT, Roles.REVIEWER), 3, true));

    private final StaffService staff;
    private final SecurityConfig config;

    public DemoStaff(StaffService staff, SecurityConfig config) {
        this.staff = staff;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (!config.demoStaff().enabled()) {
            return;
        }
        String password = config.demoStaff().password().orElseThrow(() -> new IllegalStateException(
                "aisle.security.demo-staff.password must be set when demo staff are enabled"));
        int created = 0;
        for (StaffUser user : USERS) {
            created += staff.create(user, password) ? 1 : 0;
        }
        Log.infof("demo staff: %d of %d accounts created (the others existed)", created, USERS.size());
    }
}
