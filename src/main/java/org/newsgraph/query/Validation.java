package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.riot.out.NodeFmtLib;

/** Validates a graph against newsgraph's SHACL shapes and reads the report out line by line. */
public final class Validation {

    private static final class Holder {
        static final Shapes SHAPES = Shapes.parse(DataLoader.shapes());
    }

    private final ValidationReport report;

    private Validation(ValidationReport report) {
        this.report = report;
    }

    public static Validation of(Graph data) {
        return new Validation(ShaclValidator.get().validate(Holder.SHAPES, data));
    }

    public boolean conforms() {
        return report.conforms();
    }

    public int size() {
        return report.getEntries().size();
    }

    /** One line a result: severity, focus node, path and message; sorted. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath().toString();
            out.add(e.severity().level().getLocalName() + ": " + NodeFmtLib.strNT(e.focusNode()) + path + ": " + e.message());
        }
        out.sort(null);
        return out;
    }
}
