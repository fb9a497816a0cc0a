package org.w3id.cailloux.node.federation;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.w3id.cailloux.node.sparql.QueryAnswer;

/**
 * Replaces each SERVICE clause by the rows its peer answered, as inline data ({@code VALUES}), which joins
 * exactly where the SERVICE did. A SERVICE SILENT whose peer failed becomes one empty row, the join identity,
 * as SPARQL 1.1 Federated Query prescribes.
 */
final class ServiceToValues extends ElementTransformCopyBase {

    private final Map<ElementService, QueryAnswer.Rows> answers;

    /** {@code answers}: the rows of each SERVICE clause; a clause absent from the map failed silently. */
    ServiceToValues(Map<ElementService, QueryAnswer.Rows> answers) {
        this.answers = answers;
    }

    @Override
    public Element transform(ElementService service, Node endpoint, Element body) {
        QueryAnswer.Rows rows = answers.get(service);
        if (rows == null) {
            return new ElementData(List.of(), List.of(BindingFactory.empty()));
        }
        return new ElementData(rows.vars(), rows.rows());
    }
}
