package nl.rechtshulp.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The product's decision tables read straight from {@code processes/}, for rule tests without an engine. */
public class DecisionTablesFromFiles extends DecisionTables {

    public DecisionTablesFromFiles() {
        super(null);
    }

    @Override
    String latestDefinitionId(String decisionKey) {
        return decisionKey;
    }

    @Override
    InputStream model(String definitionId) {
        try {
            return Files.newInputStream(Path.of("processes", definitionId + ".dmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
