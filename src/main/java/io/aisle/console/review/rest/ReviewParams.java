package io.aisle.console.review.rest;

import io.aisle.assistant.conversation.ConversationState;
import io.aisle.assistant.intent.Intent;
import io.aisle.common.rest.QueryParameters;
import io.aisle.console.review.repository.Label;
import io.aisle.console.review.repository.ReviewFilter;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The review filters as query parameters; lists may repeat the parameter or separate values by commas. */
public class ReviewParams {

    static final List<String> TIERS = List.of("top5", "top20", "rest", "new", "unscored", "anonymous");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final int MAX_VALUES = 20;

    @QueryParam("from") @Parameter(description = "created from: a UTC date (2026-12-01) or an ISO date-time")
    String from;
    @QueryParam("to") @Parameter(description = "created up to: a UTC date (inclusive) or an ISO date-time (exclusive)")
    String to;
    @QueryParam("state") @Parameter(description = "bot, waiting_for_agent, with_agent, resolved")
    List<String> state;
    @QueryParam("handoffReason") @Parameter(description = "text the handoff reason contains")
    String handoffReason;
    @QueryParam("intent") @Parameter(description = "an intent of any message (search, policy, handoff...)")
    List<String> intent;
    @QueryParam("tool") @Parameter(description = "a tool the assistant called (searchProducts, orderStatus...)")
    List<String> tool;
    @QueryParam("guardrail") @Parameter(description = "a flag on any message (prompt_injection, guardrail_fallback...)")
    List<String> guardrail;
    @QueryParam("flagged") @Parameter(description = "true: has a label or a flagged message; false: neither")
    String flagged;
    @QueryParam("label") @Parameter(description = "good_answer, wrong_fact, should_have_handed_off, other")
    List<String> label;
    @QueryParam("tier") @Parameter(description = "value tier: top5, top20, rest, new, unscored, anonymous")
    List<String> tier;
    @QueryParam("priority") @Parameter(description = "queued as a priority customer")
    String priority;
    @QueryParam("q") @Parameter(description = "text any message contains")
    String q;

    ReviewFilter filter(QueryParameters params) {
        TimeRange range = TimeRange.read(params, from, to);
        List<String> states = Arrays.stream(ConversationState.values()).map(ConversationState::wireName).toList();
        List<String> intents = Intent.all().stream().map(Intent::wireName).toList();
        List<String> labels = Arrays.stream(Label.Kind.values()).map(Label.Kind::wireName).toList();
        return new ReviewFilter(range.from(), range.to(), oneOf(params, "state", state, states),
                params.text("handoffReason", handoffReason, 200), oneOf(params, "intent", intent, intents),
                names(params, "tool", tool), names(params, "guardrail", guardrail), params.bool("flagged", flagged),
                oneOf(params, "label", label, labels), oneOf(params, "tier", tier, TIERS),
                params.bool("priority", priority), params.text("q", q, 200));
    }

    private static List<String> oneOf(QueryParameters params, String name, List<String> raw, List<String> allowed) {
        List<String> values = values(params, name, raw);
        for (String value : values) {
            if (!allowed.contains(value)) {
                params.reject(name, "must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
            }
        }
        return values;
    }

    private static List<String> names(QueryParameters params, String name, List<String> raw) {
        List<String> values = values(params, name, raw);
        for (String value : values) {
            if (!NAME.matcher(value).matches()) {
                params.reject(name, "must be a name of letters, digits and _, got '" + value + "'");
            }
        }
        return values;
    }

    private static List<String> values(QueryParameters params, String name, List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            for (String part : value.split(",")) {
                if (!part.isBlank() && !out.contains(part.strip())) {
                    out.add(part.strip());
                }
            }
        }
        if (out.size() > MAX_VALUES) {
            params.reject(name, "must have at most " + MAX_VALUES + " values, got " + out.size());
        }
        return out;
    }
}
