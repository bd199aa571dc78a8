package io.aisle.llm.chat;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.aisle.llm.local.ChatListener;
import io.aisle.llm.local.LocalChatEngine;
import io.aisle.llm.local.LocalChatResult;

/** LangChain4j's StreamingChatModel over the in-process runtime: text as it is decoded. */
public class LocalStreamingChatModel implements StreamingChatModel {

    private final LocalChatEngine engine;

    public LocalStreamingChatModel(LocalChatEngine engine) {
        this.engine = engine;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        engine.chat(MessageMapping.turns(request.messages()), MessageMapping.tools(request),
                MessageMapping.sampling(request.parameters()), new ChatListener() {
                    @Override
                    public void onText(String delta) {
                        handler.onPartialResponse(delta);
                    }

                    @Override
                    public void onComplete(LocalChatResult result) {
                        handler.onCompleteResponse(MessageMapping.response(result, engine.name()));
                    }

                    @Override
                    public void onError(Throwable error) {
                        handler.onError(error);
                    }
                });
    }
}
