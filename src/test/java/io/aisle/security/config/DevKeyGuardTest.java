package io.aisle.security.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevKeyGuardTest {

    @Test
    void productionRefusesThePublicDevelopmentKey() {
        var guard = new DevKeyGuard(config(Map.of("aisle.security.signing-key", "dev-keys/aisle-dev.pem")));
        var refused = assertThrows(IllegalStateException.class, () -> guard.check(List.of("prod")));
        assertTrue(refused.getMessage().contains("AISLE_JWT_SIGNING_KEY"));
        assertDoesNotThrow(() -> guard.check(List.of("demo")));
        assertDoesNotThrow(() -> guard.check(List.of("test")));
    }

    @Test
    void productionRefusesTheDemoIssuerAndDemoStaff() {
        var withDemoStaff = new DevKeyGuard(config(Map.of("aisle.security.signing-key", "/etc/aisle/jwt/key.pem",
                "aisle.security.demo-staff.enabled", "true")));
        assertThrows(IllegalStateException.class, () -> withDemoStaff.check(List.of("prod")));
        var real = new DevKeyGuard(config(Map.of("aisle.security.signing-key", "/etc/aisle/jwt/key.pem")));
        assertDoesNotThrow(() -> real.check(List.of("prod")));
    }

    private static SecurityConfig config(Map<String, String> values) {
        var all = new java.util.HashMap<>(values);
        all.put("aisle.security.signing-key-id", "k1");
        return new SmallRyeConfigBuilder().withMapping(SecurityConfig.class)
                .withSources(new PropertiesConfigSource(all, "test", 100)).build()
                .getConfigMapping(SecurityConfig.class);
    }
}
