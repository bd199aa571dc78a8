package io.aisle.assistant.intent;

/**
 * The classifier's reading of a message.
 *
 * @param confidence the probability of {@code intent}
 * @param confident  false when the probability is below the threshold: the message was not understood
 */
public record IntentPrediction(Intent intent, double confidence, boolean confident) {
}
