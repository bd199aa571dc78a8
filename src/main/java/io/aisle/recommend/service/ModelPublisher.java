package io.aisle.recommend.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.recommend.model.PopularityRecommender;
import io.aisle.recommend.model.SasRecModel;
import io.aisle.recommend.repository.CustomerVectorRepository;
import io.aisle.recommend.repository.CustomerVectorRepository.CustomerVector;
import io.aisle.recommend.repository.InteractionRepository.Sequences;
import io.aisle.recommend.repository.RecModelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Registers a trained version in one transaction: the version with its metrics and artifact, and when it is
 * promoted its item vectors (with their HNSW index) and every customer's vector, so the switch is atomic.
 */
@ApplicationScoped
public class ModelPublisher {

    private static final int VECTOR_BATCH = 512;

    private final RecModelRepository models;
    private final CustomerVectorRepository customers;
    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public ModelPublisher(RecModelRepository models, CustomerVectorRepository customers, DataSource dataSource,
                          ObjectMapper mapper) {
        this.models = models;
        this.customers = customers;
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** @return the new version's id */
    long publish(SasRecModel model, TrainingData data, Sequences sequences, RecRunReport report, boolean activate)
            throws Exception {
        float[][] itemVectors = model.itemEmbeddings();
        for (float[] vector : itemVectors) {
            for (float v : vector) {
                if (!Float.isFinite(v)) {
                    throw new IllegalStateException("the trained model has non-finite item vectors (training diverged)");
                }
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long versionId = models.insert(c, sequences.eventsSeq(), data.training().size(), data.itemCount(),
                        model.dimension(), mapper.writeValueAsString(report.hyperParameters()),
                        mapper.writeValueAsString(report), model.toBytes(), activate);
                if (activate) {
                    float[] interactions = PopularityRecommender.fit(data.itemCount(), data.training()).scores(new int[0]);
                    models.insertItemVectors(c, versionId, data.productIdByIndex(), itemVectors, interactions);
                    saveCustomerVectors(c, versionId, model, data, sequences);
                }
                c.commit();
                return versionId;
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private void saveCustomerVectors(Connection c, long versionId, SasRecModel model, TrainingData data,
                                     Sequences sequences) throws Exception {
        Map<Long, Integer> indexByProduct = new HashMap<>();
        for (int i = 1; i < data.productIdByIndex().length; i++) {
            indexByProduct.put(data.productIdByIndex()[i], i);
        }
        List<String> ids = new ArrayList<>();
        List<int[]> histories = new ArrayList<>();
        for (Map.Entry<String, List<Long>> customer : sequences.byCustomer().entrySet()) {
            int[] known = TrainingData.knownIndices(customer.getValue(), indexByProduct);
            if (known.length > 0) {
                ids.add(customer.getKey());
                histories.add(known);
            }
        }
        for (int from = 0; from < ids.size(); from += VECTOR_BATCH) {
            int to = Math.min(ids.size(), from + VECTOR_BATCH);
            float[][] vectors = model.userVectors(histories.subList(from, to));
            List<CustomerVector> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                batch.add(new CustomerVector(ids.get(i), sequences.eventsSeq(), vectors[i - from]));
            }
            customers.saveAll(c, versionId, batch);
        }
    }
}
