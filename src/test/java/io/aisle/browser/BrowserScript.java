package io.aisle.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Playwright script of frontend/tests/ with node against the app of the running @QuarkusTest (its base URL
 * and the screenshot folder are the script's first two arguments) and returns the JSON line it printed last.
 * Needs node, frontend/node_modules and /usr/bin/chromium: deploy/local/toolchain.sh installs them.
 */
public final class BrowserScript {

    public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private BrowserScript() {
    }

    /** Deletes a script's files of an earlier run (names starting with one of the prefixes), so none lingers. */
    public static void clearScreenshots(String... prefixes) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) {
            for (Path file : old.filter(f -> Files.isRegularFile(f)
                    && Arrays.stream(prefixes).anyMatch(f.getFileName().toString()::startsWith)).toList()) {
                Files.delete(file);
            }
        }
    }

    /** @param log where the script's stderr goes, inside the screenshot folder */
    public static JsonNode run(String script, String log, String... args) throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(Path.of("frontend", "node_modules", "playwright-core")),
                "frontend/node_modules is missing: run deploy/local/toolchain.sh (installs node, chromium, npm packages)");
        Files.createDirectories(SCREENSHOTS);
        Path errors = SCREENSHOTS.resolve(log);
        List<String> command = new ArrayList<>(List.of("node", "tests/" + script,
                "http://localhost:" + RestAssured.port, SCREENSHOTS.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command).directory(Path.of("frontend").toFile())
                .redirectError(errors.toFile()).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(3, TimeUnit.MINUTES), "the browser test did not finish");
        assertEquals(0, node.exitValue(), "browser test failed (screenshots in " + SCREENSHOTS + "):\n"
                + Files.readString(errors) + out);
        return new ObjectMapper().readTree(out.strip().lines().reduce((a, b) -> b).orElseThrow());
    }
}
