package io.aisle.llm.text;

/** A chat template's raise_exception: the conversation breaks one of the template's rules. */
final class TemplateRefusal extends RuntimeException {
    TemplateRefusal(String message) {
        super(message);
    }
}
