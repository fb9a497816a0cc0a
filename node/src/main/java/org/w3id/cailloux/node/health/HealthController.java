package org.w3id.cailloux.node.health;

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
import javax.sql.DataSource;
import org.w3id.cailloux.node.NodeSettings;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/** {@code GET /health}: is the node ready to answer? 200 once its start-up work is done and its database answers, 503 otherwise. */
@Controller("/health")
public class HealthController {

    private final DataSource dataSource;
    private final LiveVocabulary vocabulary;
    private final NodeSettings settings;

    private final Readiness readiness;

    private final io.micronaut.context.BeanProvider<org.w3id.cailloux.node.curation.distribution.HubFollower> follower;
    private final org.w3id.cailloux.node.curation.CurationSettings curation;

    HealthController(DataSource dataSource, LiveVocabulary vocabulary, NodeSettings settings, Readiness readiness,
                     io.micronaut.context.BeanProvider<org.w3id.cailloux.node.curation.distribution.HubFollower> follower,
                     org.w3id.cailloux.node.curation.CurationSettings curation) {
        this.follower = follower;
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
        boolean up = databaseUp && readiness.isReady();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !databaseUp ? "DOWN" : up ? "UP" : "STARTING");
        body.put("city", settings.getCity());
        body.put("database", databaseUp ? "UP" : "DOWN");
        body.put("vocabularyVersion", vocabulary.current().version());
        body.put("vocabularyVersionIri", vocabulary.current().versionIri());
        // Which hub the vocabulary comes from and whether it is heard: a node cut off from it says which version it keeps
        body.put("vocabularyHub", curation.isHub() ? java.util.Map.of("hub", "this node")
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
