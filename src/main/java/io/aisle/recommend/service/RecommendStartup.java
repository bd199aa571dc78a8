package io.aisle.recommend.service;

import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.repository.RecModelRepository;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.SQLException;

/**
 * Trains the first recommender of a fresh demo store in the background after start-up (after the demo store has
 * loaded), so the app serves at once: trending items until the model is active, personal ones after.
 */
@Singleton
public class RecommendStartup {

    void onStart(@Observes @Priority(3100) StartupEvent event, RecommendConfig config, RecModelRepository models,
                 RecommendTrainingService training) throws SQLException {
        if (config.trainOnStart() && models.activeId().isEmpty()) {
            Thread thread = new Thread(() -> training.retrain("startup", config.model().toSasRec()),
                    "aisle-recommend-startup");
            thread.setDaemon(true);
            thread.start();
            Log.info("training the first recommender in the background; trending items are served until it is active");
        }
    }
}
