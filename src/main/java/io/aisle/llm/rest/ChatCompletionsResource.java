package io.aisle.llm.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.common.rest.ApiError;
import io.aisle.llm.config.LlmConfig;
import io.aisle.llm.local.LocalChatEngine;
import io.aisle.llm.local.LocalModel;
import io.aisle.llm.local.PreparedChat;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The local model behind OpenAI's chat-completions API, so that any OpenAI client (and this app's own
 * {@code openai} provider) can use it. Streaming answers are server-sent events ending in [DONE]; a
 * client that goes away cancels its generation.
 */
@Path("/v1")
@Tag(name = "llm")
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
public class ChatCompletionsResource {

    private final LocalModel local;
    private final LlmConfig config;

    public ChatCompletionsResource(LocalModel local, LlmConfig config) {
        this.local = local;
        this.config = config;
    }

    @POST
    @Path("/chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "Chat completion (OpenAI-compatible)",
            description = "messages, tools (function calling), temperature, top_p, top_k, repetition_penalty,"
                    + " max_tokens, stop, seed, stream (server-sent chat.completion.chunk events, then [DONE]).")
    @APIResponse(responseCode = "200", description = "chat.completion, or an event stream when stream is true")
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "No local model loaded, or the model's queue is full",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response complete(JsonNode body) {
        LocalChatEngine engine = engine();
        CompletionCall call = CompletionRequestReader.read(body);
        PreparedChat prepared = engine.prepare(call.turns(), call.tools(), call.sampling());
        CompletionJson json = new CompletionJson("chatcmpl-" + UUID.randomUUID(), engine.name());
        CompletionStream answer = CompletionStream.start(engine, prepared);
        if (call.stream()) {
            StreamingOutput events = out -> answer.writeEvents(out, json, call.includeUsage());
            return Response.ok(events).type(MediaType.SERVER_SENT_EVENTS).header("Cache-Control", "no-cache").build();
        }
        return Response.ok(json.completion(answer.await(config.local().timeout()))).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/models")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The served model (OpenAI-compatible list)")
    public ObjectNode models() {
        ObjectNode list = JsonNodeFactory.instance.objectNode().put("object", "list");
        list.putArray("data").addObject().put("id", engine().name()).put("object", "model").put("owned_by", "aisle");
        return list;
    }

    private LocalChatEngine engine() {
        if (!config.local().serveOpenAiApi()) {
            throw new ModelUnavailableException("the OpenAI-compatible endpoint is switched off");
        }
        return local.engine().orElseThrow(() -> new ModelUnavailableException(
                "no local model is loaded (set aisle.llm.local.model-dir)"));
    }
}
