package org.w3id.cailloux.node.health;

import io.micronaut.context.BeanProvider;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.w3id.cailloux.node.NodeSettings;
import org.w3id.cailloux.node.curation.CurationSettings;
import org.w3id.cailloux.node.curation.distribution.HubFollower;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/**
 * {@code GET /health}: is the node ready to answer? 200 (UP) once its start-up work is done, its database answers and
 * its query index is in step with it; 503 otherwise: STARTING, DOWN (the database does not answer) or DEGRADED (the
 * index is behind PostgreSQL after a failed write and is being rebuilt: queries may miss recent changes), with why.
 */
@Controller("/health")
public class HealthController {

    private final DataSource dataSource;
    private final LiveVocabulary vocabulary;
    private final NodeSettings settings;

    private final Readiness readiness;

    private final BeanProvider<HubFollower> follower;
    private final CurationSettings curation;
    private final QueryIndex index;

    HealthController(DataSource dataSource, LiveVocabulary vocabulary, NodeSettings settings, Readiness readiness,
                     BeanProvider<HubFollower> follower, CurationSettings curation, QueryIndex index) {
        this.follower = follower;
        this.index = index;
        this.curation = curation;
        this.readiness = readiness;
        // Micronaut Data wraps the pool so that only transactional code sees a connection; health checks the pool itself
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.vocabulary = vocabulary;
        this.settings = settings;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, Object>> health() {
        boolean databaseUp = databaseAnswers();
        Optional<QueryIndex.Behind> behind = index.behind();
        boolean up = databaseUp && readiness.isReady() && behind.isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !databaseUp ? "DOWN" : !readiness.isReady() ? "STARTING" : behind.isPresent() ? "DEGRADED" : "UP");
        body.put("city", settings.getCity());
        body.put("database", databaseUp ? "UP" : "DOWN");
        Map<String, Object> indexState = new LinkedHashMap<>();
        indexState.put("status", behind.isPresent() ? "BEHIND" : "UP");
        indexState.put("watermark", index.appliedWatermark());
        behind.ifPresent(b -> {
            indexState.put("behindSince", b.since().toString());
            indexState.put("reason", b.reason());
            indexState.put("recovery", "rebuilding from PostgreSQL, retried until it succeeds");
        });
        body.put("index", indexState);
        body.put("vocabularyVersion", vocabulary.current().version());
        body.put("vocabularyVersionIri", vocabulary.current().versionIri());
        // Which hub the vocabulary comes from and whether it is heard: a node cut off from it says which version it keeps
        body.put("vocabularyHub", curation.isHub() ? Map.of("hub", "this node")
                : follower.isPresent() ? follower.get().status() : null);
        return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
