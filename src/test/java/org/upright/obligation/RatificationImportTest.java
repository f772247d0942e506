package org.upright.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.common.BadInputException;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/** The UN Treaty Collection's ratification table (one CSV per core instrument) imported as tagged facts. */
class RatificationImportTest {
    private static final Path DATASET = Path.of("src/test/resources/ratification");

    @TempDir
    Path dir;

    private Database database;
    private RatificationImport importer;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        importer = new RatificationImport(database, ReferenceData.load());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyStateGetsAFactPerCoreInstrumentWithItsYear() {
        RatificationImport.Result result = importer.importDirectory(DATASET, "UNTC 2022");
        assertThat(result.files()).isEqualTo(18);
        assertThat(result.facts()).isEqualTo(18 * 193);
        assertThat(result.skipped()).as("every row names a State, also by a former name or code").isEmpty();

        List<RatificationImport.Fact> kazakhstan = importer.facts("KAZ");
        assertThat(kazakhstan).hasSize(18);
        assertThat(kazakhstan).filteredOn(f -> f.instrument().equals("CAT"))
                .singleElement().extracting(RatificationImport.Fact::year).isEqualTo(1998);
        assertThat(kazakhstan).filteredOn(f -> f.instrument().equals("OP-CRPD"))
                .singleElement().satisfies(f -> {
                    assertThat(f.year()).isNull();
                    assertThat(f.signatory()).isTrue();
                });
        assertThat(kazakhstan).filteredOn(f -> f.instrument().equals("ICRMW"))
                .singleElement().extracting(RatificationImport.Fact::status).isEqualTo("no action");
    }

    @Test
    void importingTheSameSourceAgainReplacesItsFactsInsteadOfAddingCopies() {
        importer.importDirectory(DATASET, "UNTC 2022");
        importer.importDirectory(DATASET, "UNTC 2022");
        assertThat(importer.facts("KAZ")).hasSize(18);
    }

    @Test
    void aDirectoryWithoutTheTablesIsRefusedAndNothingIsStored() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> importer.importDirectory(empty, "x"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no hr_status_");
        Path wrong = Files.createDirectories(dir.resolve("wrong"));
        Files.writeString(wrong.resolve("hr_status_unknown.csv"), "iso2,member\nKZ,Kazakhstan\n");
        assertThatThrownBy(() -> importer.importDirectory(wrong, "x"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no core instrument");
        assertThat(importer.facts("KAZ")).isEmpty();
    }
}
