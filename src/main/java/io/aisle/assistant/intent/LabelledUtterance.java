package io.aisle.assistant.intent;

/** A shopper's message with the intent a person gave it. */
public record LabelledUtterance(Intent intent, String text) {
}
