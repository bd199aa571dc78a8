package io.aisle.llm.local;

import io.aisle.llm.generate.SamplingParams;

/** A conversation rendered and tokenized, with its decoding settings, ready to be queued. */
public record PreparedChat(int[] prompt, SamplingParams params, boolean toolsOffered) {
}
