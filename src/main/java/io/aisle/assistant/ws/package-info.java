/**
 * The chat widget's WebSocket ({@code /assistant/ws/{conversationId}}): turns streamed as tool progress, word
 * pieces, product cards and state; agents' messages delivered live; card clicks and add-to-cart logged as events.
 * Protocol: docs/assistant-protocol.md. The widget itself: META-INF/resources/widget/aisle-chat.js.
 */
package io.aisle.assistant.ws;
