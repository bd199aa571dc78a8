package io.aisle.security.privacy.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    @Test
    void daysAndHoursAreRetentionPeriodsAndOffKeepsTextForever() {
        assertEquals(Optional.of(Duration.ofDays(180)), RetentionService.parse("P180D"));
        assertEquals(Optional.of(Duration.ofHours(36)), RetentionService.parse(" PT36H "));
        assertEquals(Optional.empty(), RetentionService.parse("off"));
        assertEquals(Optional.empty(), RetentionService.parse("OFF"));
    }

    @Test
    void malformedOrEmptyPeriodsAreRefusedNamingTheSetting() {
        for (String bad : new String[] {"180", "P6M", "PT0S", "-P1D", ""}) {
            var e = assertThrows(IllegalArgumentException.class, () -> RetentionService.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("aisle.privacy.chat-retention"), e.getMessage());
        }
    }
}
