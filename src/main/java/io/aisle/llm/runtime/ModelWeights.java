package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** All weights of a model; {@code lmHead} is the embedding table itself when the model ties them. */
record ModelWeights(NDArray embedTokens, List<LayerWeights> layers, NDArray finalNorm, NDArray lmHead) {
}
