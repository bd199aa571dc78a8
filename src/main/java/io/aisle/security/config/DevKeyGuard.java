package io.aisle.security.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * The development keys in dev-keys/ are public (they are in the repository): anyone could sign staff tokens with them.
 * Outside the dev, test and demo profiles the app refuses to start with them, or with the demo issuers on.
 */
@ApplicationScoped
public class DevKeyGuard {

    static final String DEV_KEYS = "dev-keys/";
    private static final Set<String> DEV_PROFILES = Set.of("dev", "test", "demo");

    private final SecurityConfig config;

    public DevKeyGuard(SecurityConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        check(ConfigUtils.getProfiles());
    }

    void check(List<String> profiles) {
        if (profiles.stream().anyMatch(DEV_PROFILES::contains)) {
            return;
        }
        if (config.signingKey().startsWith(DEV_KEYS)) {
            throw new IllegalStateException("aisle.security.signing-key is the public development key: set "
                    + "AISLE_JWT_SIGNING_KEY, AISLE_JWT_SIGNING_KEY_ID and AISLE_JWT_PUBLIC_KEYS (docs/security.md)");
        }
        if (config.demoStore().enabled() || config.demoStaff().enabled()) {
            throw new IllegalStateException("the demo store's token issuer and demo staff accounts are for the demo "
                    + "profile only: turn off aisle.security.demo-store.enabled and aisle.security.demo-staff.enabled");
        }
    }
}
