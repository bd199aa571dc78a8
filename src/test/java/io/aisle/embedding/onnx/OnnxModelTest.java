package io.aisle.embedding.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15.BgeSmallEnV15EmbeddingModel;
import io.aisle.embedding.Vectors;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Our single-thread sessions embed exactly as LangChain4j's own model classes do (same files, same pooling). */
class OnnxModelTest {

    private static final List<String> TEXTS = List.of("Red Retrospot Charlotte Bag | Fashion > Bags & Purses",
            "something to keep my tea warm in the pot", "lantern", "Set Of 3 Cake Tins Pantry Design");

    private static final Map<OnnxModel, Supplier<EmbeddingModel>> REFERENCES = Map.of(
            OnnxModel.ALL_MINILM_L6_V2, AllMiniLmL6V2EmbeddingModel::new,
            OnnxModel.ALL_MINILM_L6_V2_Q, AllMiniLmL6V2QuantizedEmbeddingModel::new,
            OnnxModel.BGE_SMALL_EN_V15, BgeSmallEnV15EmbeddingModel::new);

    @Test
    void everyModelEmbedsAsLangChain4jsOwnClass() {
        assertEquals(OnnxModel.values().length, REFERENCES.size(), "a reference for every model");
        for (OnnxModel model : OnnxModel.values()) {
            List<float[]> ours = model.load().embedAll(TEXTS);
            EmbeddingModel reference = REFERENCES.get(model).get();
            for (int i = 0; i < TEXTS.size(); i++) {
                float[] expected = Vectors.normalized(reference.embed(TextSegment.from(TEXTS.get(i))).content().vector());
                assertArrayEquals(expected, ours.get(i), 1e-5f, model.modelName() + ": " + TEXTS.get(i));
            }
        }
    }
}
