package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CDNOW tests run on copies in src/test/resources/ltv/; where the project's shared data folder is
 * checked out beside the project, those copies must be byte-identical to it. A clone without that
 * folder skips this check and still runs every CDNOW test on the copies.
 */
class CdnowSharedDataTest {

    @ParameterizedTest
    @ValueSource(strings = {CdnowData.SUMMARY, CdnowData.SUMMARY_WITH_VALUES, CdnowData.TRANSACTIONS})
    void bundledCopyIsIdenticalToTheSharedFile(String name) throws IOException {
        Path shared = CdnowData.SHARED_DIR.resolve(name);
        assumeTrue(Files.isReadable(shared), () -> "skipped: " + shared.toAbsolutePath().normalize()
                + " is absent (no shared/ folder beside this clone); the CDNOW tests use the bundled copy in src/test/resources/ltv/");
        try (InputStream bundled = CdnowData.class.getResourceAsStream("/ltv/" + name)) {
            assertArrayEquals(Files.readAllBytes(shared), bundled.readAllBytes(), name);
        }
    }
}
