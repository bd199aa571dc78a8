package io.aisle.assistant.ws;

import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.ConversationService;
import io.aisle.assistant.conversation.TurnResult;
import io.aisle.assistant.tools.ShoppingTools;
import io.aisle.assistant.tools.ToolProgress;
import io.aisle.common.rest.InvalidRequestException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.ws.rs.NotFoundException;
import java.util.stream.Collectors;

/**
 * What a chat socket's requests do, each answered as frames ending in {@code done}. A failure becomes an error
 * frame (the socket stays open): a bad request names the field, anything unexpected is logged and apologised for.
 */
@ApplicationScoped
public class ChatActions {

    static final int NOT_FOUND_CLOSE = 4404;
    static final String HANDOFF_REASON = "shopper pressed 'talk to a person'";

    private final ConversationService conversations;
    private final ShoppingTools tools;
    private final ChatCardEvents cards;

    public ChatActions(ConversationService conversations, ShoppingTools tools, ChatCardEvents cards) {
        this.conversations = conversations;
        this.tools = tools;
        this.cards = cards;
    }

    /** The socket's first request: checks the conversation is the shopper's, then sends its history and state. */
    @ActivateRequestContext
    void open(Exchange exchange, LiveConversations live) {
        ChatConnection connection = exchange.connection();
        answering(exchange, () -> {
            Conversation conversation;
            try {
                conversation = conversations.get(connection.conversationId(), connection.shopper());
            } catch (NotFoundException e) {
                exchange.fail("not_found", "There is no conversation " + connection.conversationId() + " for you.");
                connection.close(NOT_FOUND_CLOSE, "no such conversation");
                return;
            }
            connection.verified(conversation);
            live.opened(connection);
            exchange.send(ServerMessages.history(conversation.id(),
                    conversations.transcript(conversation.id(), connection.shopper())));
            exchange.send(ServerMessages.state(conversation));
        });
    }

    @ActivateRequestContext
    void handle(Exchange exchange, ClientMessage message) {
        answering(exchange, () -> {
            ChatConnection connection = exchange.connection();
            if (!connection.isVerified()) {
                exchange.fail("not_found", "There is no conversation " + connection.conversationId() + " for you.");
                return;
            }
            switch (message.kind()) {
                case MESSAGE:
                    turn(exchange, message.text());
                    break;
                case CLICK:
                    cards.clicked(connection, message.sku());
                    break;
                case ADD_TO_CART:
                    cards.addedToCart(connection, message.sku());
                    break;
                case HANDOFF:
                    handoff(exchange);
                    break;
                default:
                    throw new IllegalStateException("unhandled chat request " + message.kind());
            }
        });
    }

    private void turn(Exchange exchange, String text) throws Exception {
        ChatConnection c = exchange.connection();
        TurnResult result = ToolProgress.reporting(tool -> exchange.send(ServerMessages.progress(tool)),
                () -> conversations.turn(c.conversationId(), c.shopper(), text));
        if (result.answer() != null) {
            WordChunks.of(result.answer()).forEach(chunk -> exchange.send(ServerMessages.token(chunk)));
        }
        if (!result.products().isEmpty()) {
            exchange.send(ServerMessages.products(result.products()));
        }
        exchange.send(ServerMessages.state(conversations.get(c.conversationId(), c.shopper())));
    }

    /** The widget's "talk to a person" button: the same handoff tool the bot uses when asked in words. */
    private void handoff(Exchange exchange) throws Exception {
        ChatConnection c = exchange.connection();
        if (conversations.get(c.conversationId(), c.shopper()).state().botAnswers()) {
            exchange.send(ServerMessages.progress("handoffToHuman"));
            tools.handoffToHuman(c.conversationId(), HANDOFF_REASON);
        }
        exchange.send(ServerMessages.state(conversations.get(c.conversationId(), c.shopper())));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void answering(Exchange exchange, Work work) {
        try {
            work.run();
            exchange.done();
        } catch (InvalidRequestException e) {
            exchange.fail("invalid_request", describe(e));
        } catch (NotFoundException e) {
            exchange.fail("not_found", e.getMessage());
        } catch (Exception e) {
            Log.errorf(e, "chat socket %s of %s: request failed", exchange.connection().id(),
                    exchange.connection().conversationId());
            exchange.fail("internal", "Sorry, something went wrong. Please try again.");
        }
    }

    /** The violations as one line for an error frame: "text: must not be blank; sku: …". */
    static String describe(InvalidRequestException e) {
        return e.violations().stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }
}
