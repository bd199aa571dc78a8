package io.aisle.recommend.service;

import io.aisle.recommend.model.SasRecModel;
import io.aisle.recommend.repository.RecModelRepository;
import io.aisle.recommend.repository.RecModelRepository.Artifact;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The active recommender version, loaded from its artifact when it first serves and again whenever another
 * version becomes active (by this replica's retraining, another replica's, or a rollback). The version it
 * replaces stays open until the next swap, so requests still holding it finish normally.
 */
@ApplicationScoped
public class ActiveRecommender {

    private final RecModelRepository models;
    private ServingModel current;
    private ServingModel previous;

    public ActiveRecommender(RecModelRepository models) {
        this.models = models;
    }

    /** The active version, or empty when none has been trained yet. */
    public Optional<ServingModel> get() throws SQLException {
        Optional<Long> activeId = models.activeId();
        if (activeId.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            if (current == null || current.versionId() != activeId.get()) {
                load(activeId.get());
            }
            return Optional.of(current);
        }
    }

    private void load(long versionId) throws SQLException {
        Artifact artifact = models.artifact(versionId);
        ServingModel loaded = new ServingModel(versionId, SasRecModel.fromBytes(artifact.bytes()),
                artifact.itemIndexByProduct());
        if (previous != null) {
            previous.close();
        }
        previous = current;
        current = loaded;
        Log.infof("recommender version %d loaded for serving (%d items, dimension %d)", versionId,
                artifact.itemIndexByProduct().size(), loaded.dimension());
    }

    @PreDestroy
    synchronized void close() {
        for (ServingModel model : new ServingModel[] {previous, current}) {
            if (model != null) {
                model.close();
            }
        }
    }
}
