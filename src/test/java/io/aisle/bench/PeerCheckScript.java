package io.aisle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs llm-models/peer-check/run.sh (jlama's benchmark and the memory-bandwidth probe, on the Java 25
 * JDK) as a subprocess and reads the one JSON line it prints. Empty when the script reports that no
 * JDK 22+ is installed (exit 3); any other failure is an error.
 */
final class PeerCheckScript {

    static final Path SCRIPT = Path.of("llm-models", "peer-check", "run.sh");
    private static final int NO_JDK = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path logDir;

    PeerCheckScript(Path logDir) {
        this.logDir = logDir;
    }

    Optional<JsonNode> run(String logName, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path stdout = logDir.resolve(logName + ".out");
        Path stderr = logDir.resolve(logName + ".log");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within an hour; see " + stderr);
        }
        if (process.exitValue() == NO_JDK) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        String json = lines.stream().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
        if (process.exitValue() != 0 || json == null) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                    + "); see " + stderr);
        }
        return Optional.of(JSON.readTree(json));
    }
}
