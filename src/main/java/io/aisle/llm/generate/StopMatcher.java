package io.aisle.llm.generate;

import java.util.List;
import java.util.Set;

/**
 * Ends generation at an EOS token or at a stop string, which may span tokens. Text that could be
 * the start of a stop string is held back, so none of a stop string ever reaches the caller;
 * held text is released once it can no longer become one.
 */
public final class StopMatcher {

    /** What to hand out after a token, and whether generation is over. */
    public record Step(String text, boolean stopped) {
    }

    private final List<String> stops;
    private final Set<Integer> eosIds;
    private String held = "";
    private boolean stopped;

    public StopMatcher(List<String> stops, Set<Integer> eosIds) {
        this.stops = stops.stream().filter(s -> !s.isEmpty()).toList();
        this.eosIds = Set.copyOf(eosIds);
    }

    /** Takes a generated token and the text it completed (from the streaming detokenizer). */
    public Step accept(int tokenId, String text) {
        if (stopped) {
            throw new IllegalStateException("generation already stopped");
        }
        if (eosIds.contains(tokenId)) {
            stopped = true;
            return new Step(release(), true);
        }
        String pending = held + text;
        int stopAt = firstStop(pending);
        if (stopAt >= 0) {
            stopped = true;
            held = "";
            return new Step(pending.substring(0, stopAt), true);
        }
        int keep = longestStopPrefixSuffix(pending);
        held = pending.substring(pending.length() - keep);
        return new Step(pending.substring(0, pending.length() - keep), false);
    }

    /** The held-back text when generation ends for another reason (token limit). */
    public String release() {
        String out = held;
        held = "";
        return out;
    }

    public boolean stopped() {
        return stopped;
    }

    private int firstStop(String text) {
        int first = -1;
        for (String stop : stops) {
            int at = text.indexOf(stop);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** Length of the longest end of {@code text} that some stop string starts with. */
    private int longestStopPrefixSuffix(String text) {
        int longest = 0;
        for (String stop : stops) {
            for (int length = Math.min(stop.length() - 1, text.length()); length > longest; length--) {
                if (text.regionMatches(text.length() - length, stop, 0, length)) {
                    longest = length;
                    break;
                }
            }
        }
        return longest;
    }
}
