package org.w3id.cailloux.node.publishing;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.health.Readiness;
import org.w3id.cailloux.node.index.IndexRebuilder;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.Extraction;
import org.w3id.cailloux.node.publishing.record.RecordExtractor;
import org.w3id.cailloux.vocabulary.SampleData;

/**
 * When the server is up (its URL, hence its IRIs, known): brings the query index up to date with
 * PostgreSQL, then, on a node that has never had an experiment, publishes the sample data chosen by
 * {@code cailloux.sample-data}: {@code loos-en-gohelle} (the default), {@code none} for an empty
 * node, or the path of a Turtle file (relative IRIs resolve against the node's base; triples about
 * no experiment describe the territory).
 */
@Singleton
public class SampleDataLoader implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDataLoader.class);
    /** The author recorded on the revisions the sample data creates. */
    public static final String AUTHOR = "sample-data";

    private final IndexRebuilder rebuilder;
    private final ExperimentStore store;
    private final PublishingService publishing;
    private final NodeIdentity identity;
    private final String sampleData;
    private final Readiness readiness;

    SampleDataLoader(Readiness readiness, IndexRebuilder rebuilder, ExperimentStore store, PublishingService publishing, NodeIdentity identity,
                     @Value("${cailloux.sample-data:loos-en-gohelle}") String sampleData) {
        this.readiness = readiness;
        this.rebuilder = rebuilder;
        this.store = store;
        this.publishing = publishing;
        this.identity = identity;
        this.sampleData = sampleData;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        rebuilder.synchronise();
        if (!"none".equals(sampleData) && store.inTransaction(ExperimentStore.Tx::isEmpty)) {
            publishSample();
        }
        readiness.ready();
    }

    private void publishSample() {
        Graph sample = "loos-en-gohelle".equals(sampleData) ? SampleData.loosEnGohelle(identity.baseUri())
                : RDFParser.source(Path.of(sampleData)).lang(Lang.TURTLE).base(identity.baseUri()).toGraph();
        Extraction extraction = new RecordExtractor(identity.baseUri()).extract(sample);
        List<ExperimentRecord> records = extraction.records();
        publishing.importAll(records, ExperimentState.PUBLISHED, AUTHOR, "en");
        publishing.putTerritory(identity.territoryIri(), extraction.rest());
        LOG.info("Published the sample data {}: {} experiments", sampleData, records.size());
    }
}
