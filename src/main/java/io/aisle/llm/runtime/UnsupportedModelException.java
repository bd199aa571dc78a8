package io.aisle.llm.runtime;

/** The model folder describes a model this runtime cannot run (architecture, rope scaling, ...). */
public class UnsupportedModelException extends RuntimeException {

    public UnsupportedModelException(String message) {
        super(message);
    }
}
