package io.aisle.llm.local;

import io.aisle.llm.config.LlmConfig;
import io.aisle.llm.runtime.RuntimeOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The in-process model named by {@code aisle.llm.local.model-dir}, loaded at start-up (a missing or
 * broken model fails the start, not the first shopper's turn). Absent when no folder is configured.
 */
@ApplicationScoped
public class LocalModel {

    private static final Logger LOG = Logger.getLogger(LocalModel.class);

    private final LlmConfig config;
    private final MeterRegistry registry;
    private volatile LocalChatEngine engine;

    public LocalModel(LlmConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        config.local().modelDir().map(Path::of).ifPresent(dir -> engine = load(dir, config.local(), registry));
        if (engine == null && config.provider() == LlmConfig.Provider.LOCAL) {
            throw new IllegalStateException("aisle.llm.provider=local needs aisle.llm.local.model-dir");
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (engine != null) {
            engine.close();
        }
    }

    public Optional<LocalChatEngine> engine() {
        return Optional.ofNullable(engine);
    }

    static LocalChatEngine load(Path dir, LlmConfig.Local settings, MeterRegistry registry) {
        if (!Files.isRegularFile(dir.resolve("config.json"))) {
            throw new IllegalStateException("No Hugging Face model in " + dir.toAbsolutePath()
                    + " (config.json missing); see llm-models/README.md");
        }
        long started = System.nanoTime();
        LocalChatEngine loaded = LocalChatEngine.open(dir, new RuntimeOptions(settings.device(), settings.maxContext(),
                        settings.threads(), settings.fp32PrefillCopyMaxMb() << 20),
                settings.maxConcurrent(), settings.maxQueued(), settings.defaultMaxTokens(), registry);
        LOG.infof("local model %s loaded (%s, %d layers, device %s, %d threads) in %d ms", loaded.name(),
                loaded.config().architecture(), loaded.config().numHiddenLayers(), settings.device(),
                settings.threads(), (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }
}
