package io.aisle.llm.local;

import io.aisle.common.djl.PyTorchEngine;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.llm.runtime.CausalLm;
import io.aisle.llm.runtime.DjlCausalLm;
import io.aisle.llm.runtime.ModelConfig;
import io.aisle.llm.runtime.RuntimeOptions;
import io.aisle.llm.runtime.GenerationConfig;
import io.aisle.llm.text.ChatTemplate;
import io.aisle.llm.text.ChatTurn;
import io.aisle.llm.text.ModelFamily;
import io.aisle.llm.text.ModelTokenizer;
import io.aisle.llm.text.ToolCallParser;
import io.aisle.llm.text.ToolSpec;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A loaded local model ready to chat: template, tokenizer, decoding defaults and the scheduler. */
public final class LocalChatEngine implements AutoCloseable {

    private final String name;
    private final CausalLm model;
    private final ModelTokenizer tokenizer;
    private final ChatTemplate template;
    private final GenerationConfig defaults;
    private final GenerationScheduler scheduler;
    private final int maxContext;
    private final int defaultMaxTokens;
    private final Set<Integer> eosIds = new HashSet<>();
    private final ToolCallParser toolCalls;
    private final GenerationMetrics metrics;

    private LocalChatEngine(String name, CausalLm model, ModelTokenizer tokenizer, ChatTemplate template,
                    GenerationConfig defaults, GenerationScheduler scheduler, GenerationMetrics metrics,
                    int maxContext, int defaultMaxTokens) {
        this.name = name;
        this.model = model;
        this.tokenizer = tokenizer;
        this.template = template;
        this.defaults = defaults;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.maxContext = maxContext;
        this.defaultMaxTokens = defaultMaxTokens;
        eosIds.addAll(model.config().eosTokenIds());
        eosIds.addAll(defaults.eosTokenIds());
        eosIds.addAll(tokenizer.eosIds());
        this.toolCalls = ToolCallParser.forFamily(family(model.config()));
    }

    /** Loads the model folder (weights, tokenizer, chat template, generation defaults) and starts its scheduler. */
    public static LocalChatEngine open(Path dir, RuntimeOptions options, int maxConcurrent, int maxQueued,
                                       int defaultMaxTokens, MeterRegistry registry) {
        CausalLm model = DjlCausalLm.load(dir, options);
        ModelTokenizer tokenizer = ModelTokenizer.load(dir);
        GenerationScheduler scheduler = new GenerationScheduler(model, maxConcurrent, maxQueued,
                () -> PyTorchEngine.useThreadsOnCurrentThread(options.threads()));
        String name = dir.getFileName().toString();
        GenerationMetrics metrics = new GenerationMetrics(registry, name, model.config().architecture(),
                options.device(), scheduler::pending);
        return new LocalChatEngine(name, model, tokenizer, ChatTemplate.load(dir), GenerationConfig.read(dir),
                scheduler, metrics, options.maxContext(), defaultMaxTokens);
    }

    public ModelConfig config() {
        return model.config();
    }

    public String name() {
        return name;
    }

    /**
     * Renders and tokenizes the conversation and settles the decoding settings, so that a prompt the
     * context cannot hold is refused (400) before anything is streamed.
     */
    public PreparedChat prepare(List<ChatTurn> turns, List<ToolSpec> tools, SamplingRequest sampling) {
        int[] prompt = tokenizer.encode(template.render(turns, tools, true));
        int room = maxContext - prompt.length;
        if (room < 1) {
            throw InvalidRequestException.single("messages", "the conversation is " + prompt.length
                    + " tokens long; the model's context holds " + maxContext);
        }
        return new PreparedChat(prompt, sampling.resolve(defaults, defaultMaxTokens, room), !tools.isEmpty());
    }

    /** Queues the answer; the listener hears its text and its end on the generation thread. */
    public GenerationHandle start(PreparedChat chat, ChatListener listener) {
        TextGeneration generation = new TextGeneration(chat.prompt(), chat.params(), tokenizer, eosIds,
                toolCalls, chat.toolsOffered(), metrics, listener);
        scheduler.submit(generation);
        return generation::cancel;
    }

    public GenerationHandle chat(List<ChatTurn> turns, List<ToolSpec> tools, SamplingRequest sampling,
                                 ChatListener listener) {
        return start(prepare(turns, tools, sampling), listener);
    }

    /** Qwen2 models speak Hermes-style tool calls, Llama models Llama 3's JSON style. */
    private static ModelFamily family(ModelConfig config) {
        return ModelConfig.QWEN2.equals(config.architecture()) ? ModelFamily.QWEN2_5 : ModelFamily.LLAMA_3_2;
    }

    public int countTokens(String text) {
        return tokenizer.encode(text).length;
    }

    @Override
    public void close() {
        scheduler.close();
        model.close();
        tokenizer.close();
    }
}
