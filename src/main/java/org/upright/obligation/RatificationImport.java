package org.upright.obligation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.upright.common.BadInputException;
import org.upright.common.UsageException;
import org.upright.reference.Country;
import org.upright.reference.Instrument;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;

/**
 * Imports the UN Treaty Collection's ratification status of the core instruments (one CSV file per instrument,
 * "hr_status_&lt;instrument&gt;.csv", a row per UN member State) as facts tagged with their source. Importing the same
 * files again replaces that source's facts; facts of other sources stay.
 */
public final class RatificationImport {
    private static final Table<Record> FACTS = DSL.table(DSL.name("ratification_fact"));
    private static final Field<String> COUNTRY = DSL.field(DSL.name("country_iso3"), String.class);
    private static final Field<String> INSTRUMENT = DSL.field(DSL.name("instrument"), String.class);
    private static final Field<Integer> YEAR = DSL.field(DSL.name("action_year"), Integer.class);
    private static final Field<OffsetDateTime> IMPORTED_AT = DSL.field(DSL.name("imported_at"), OffsetDateTime.class);
    private static final Field<Boolean> SIGNATORY = DSL.field(DSL.name("signatory"), Boolean.class);
    private static final Field<String> STATUS = DSL.field(DSL.name("status"), String.class);
    private static final Field<String> SOURCE = DSL.field(DSL.name("source"), String.class);
    private static final String PREFIX = "hr_status_";

    private final Database database;
    private final ReferenceData reference;

    public RatificationImport(Database database, ReferenceData reference) {
        this.database = database;
        this.reference = reference;
    }

    /** One State's status for one instrument, as a row gives it. */
    public record Fact(String country, String instrument, Integer year, boolean signatory, String status) {
    }

    /** What an import did: facts stored per instrument file, and rows it could not use (with why). */
    public record Result(int files, int facts, List<String> skipped) {
    }

    /** Imports every hr_status_*.csv file of a directory in one transaction, tagged with {@code source}. */
    public Result importDirectory(Path directory, String source) {
        if (!Files.isDirectory(directory)) {
            throw new UsageException(directory + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UsageException(directory + ": cannot list (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new BadInputException(directory + ": no " + PREFIX + "*.csv files");
        }
        List<Fact> facts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            facts.addAll(read(file, skipped));
        }
        database.inTransaction(sql -> {
            sql.deleteFrom(FACTS).where(SOURCE.eq(source)).execute();
            if (facts.isEmpty()) {
                return 0;
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            // one prepared statement in JDBC batches: a multi-row VALUES would exceed PostgreSQL's bind limit
            var batch = sql.batch(sql.insertInto(FACTS, COUNTRY, INSTRUMENT, YEAR, SIGNATORY, STATUS, SOURCE, IMPORTED_AT)
                    .values((String) null, null, null, null, null, null, null));
            for (Fact f : facts) {
                batch = batch.bind(f.country(), f.instrument(), f.year(), f.signatory(), f.status(), source, now);
            }
            return batch.execute().length;
        });
        return new Result(files.size(), facts.size(), List.copyOf(skipped));
    }

    /** The facts of one instrument's file; rows naming no known State are skipped with a reason. */
    List<Fact> read(Path file, List<String> skipped) {
        String name = file.getFileName().toString();
        String stem = name.substring(PREFIX.length(), name.length() - ".csv".length());
        Optional<Instrument> instrument = reference.instruments()
                .byAbbreviation(stem.toUpperCase(Locale.ROOT).replace('_', '-'));
        if (instrument.isEmpty()) {
            throw new BadInputException(file + ": no core instrument is called \"" + stem + "\"");
        }
        List<Fact> facts = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                Optional<Country> country = reference.countries().byAlpha2(row.get("iso2"))
                        .or(() -> reference.countries().byName(row.get("member")));
                if (country.isEmpty()) {
                    skipped.add(file.getFileName() + " line " + row.getRecordNumber() + ": unknown State \""
                            + row.get("member") + "\"");
                    continue;
                }
                facts.add(new Fact(country.get().alpha3(), instrument.get().code(), year(row.get("year ratification or accession")),
                        "1".equals(row.get("signatory")), row.get("status")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(file + ": not a ratification table (" + e.getMessage() + ")", e);
        }
        return facts;
    }

    private static Integer year(String text) {
        return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }

    /** One row of an imported dataset: a State's standing to one instrument, with the dataset and its import time. */
    public record DatasetRow(String instrument, Integer year, boolean signatory, String status, String source,
                             OffsetDateTime importedAt) {
    }

    /**
     * A text that changes whenever the stored facts change (an import replaces a source's rows, stamped anew): what
     * caches of figures derived from the datasets compare.
     */
    public String version() {
        var row = database.dsl().select(DSL.count(), DSL.max(IMPORTED_AT)).from(FACTS).fetchOne();
        return row == null ? "0" : row.value1() + "@" + row.value2();
    }

    /** The States any dataset has rows for, by ISO 3166 alpha-3 code. */
    public List<String> countries() {
        return database.dsl().selectDistinct(COUNTRY).from(FACTS).orderBy(COUNTRY).fetch(COUNTRY);
    }

    /** Every dataset's rows for a State, in instrument order. */
    public List<DatasetRow> rows(String country) {
        return database.dsl().select(INSTRUMENT, YEAR, SIGNATORY, STATUS, SOURCE, IMPORTED_AT).from(FACTS)
                .where(COUNTRY.eq(country)).orderBy(INSTRUMENT, SOURCE)
                .fetch(r -> new DatasetRow(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3()), r.value4(),
                        r.value5(), r.value6()));
    }

    /** The facts stored for a State, for the obligations feature and tests. */
    public List<Fact> facts(String country) {
        DSLContext sql = database.dsl();
        return sql.select(COUNTRY, INSTRUMENT, YEAR, SIGNATORY, STATUS).from(FACTS).where(COUNTRY.eq(country))
                .orderBy(INSTRUMENT).fetch(r -> new Fact(r.value1(), r.value2(), r.value3(),
                        Boolean.TRUE.equals(r.value4()), r.value5()));
    }
}
