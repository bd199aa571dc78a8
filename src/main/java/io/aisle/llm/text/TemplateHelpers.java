package io.aisle.llm.text;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.AdvancedFilter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.objects.date.StrftimeFormatter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

/** The globals, filters and tests Hugging Face adds to Jinja for chat templates, with Python's semantics. */
final class TemplateHelpers {

    private static final String CLOCK = "__chat_template_clock__";

    private TemplateHelpers() {
    }

    static void register(Jinjava jinja) {
        jinja.registerFunction(new ELFunctionDefinition("", "raise_exception", TemplateHelpers.class,
                "raiseException", String.class));
        jinja.registerFunction(new ELFunctionDefinition("", "strftime_now", TemplateHelpers.class,
                "strftimeNow", String.class));
        jinja.registerFilter(new ToJson());
        jinja.registerExpTest(new PythonIterable());
    }

    /**
     * Templates test {@code strftime_now is defined} before calling it, so the name must also be a
     * defined variable; the clock rides along in the bindings because EL functions are static.
     */
    static void bindClock(Map<String, Object> bindings, Clock clock) {
        bindings.put("strftime_now", "strftime_now");
        bindings.put(CLOCK, clock);
    }

    public static String raiseException(String message) {
        throw new TemplateRefusal(message);
    }

    public static String strftimeNow(String format) {
        Clock clock = (Clock) JinjavaInterpreter.getCurrent().getContext().get(CLOCK);
        return StrftimeFormatter.format(ZonedDateTime.now(clock), format, Locale.ENGLISH);
    }

    /** HF's tojson: json.dumps(value, ensure_ascii=False, indent=indent). */
    static final class ToJson implements AdvancedFilter {
        @Override
        public String getName() {
            return "tojson";
        }

        @Override
        public Object filter(Object value, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
            Object indent = kwargs.containsKey("indent") ? kwargs.get("indent") : args.length > 0 ? args[0] : null;
            return PythonJson.dumps(value, indent == null ? null : ((Number) indent).intValue());
        }
    }

    /** Python's iterable test: strings and mappings are iterable too (Llama 3 relies on it for tool results). */
    static final class PythonIterable implements ExpTest {
        @Override
        public String getName() {
            return "iterable";
        }

        @Override
        public boolean evaluate(Object value, JinjavaInterpreter interpreter, Object... args) {
            return value instanceof Iterable || value instanceof Map || value instanceof CharSequence
                    || (value != null && value.getClass().isArray());
        }
    }
}
